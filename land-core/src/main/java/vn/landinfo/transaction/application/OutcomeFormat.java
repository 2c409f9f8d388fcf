package vn.landinfo.transaction.application;

/**
 * Port: the form an outcome is kept in on the transaction and in its audit record (without the parcels'
 * geometry). The JSON adapter writes it ({@code vn.landinfo.transaction.adapter.json.OutcomeJson}), so
 * the pipeline knows no JSON library (docs/decisions/0091-commands-parsed-at-the-edge.md).
 */
@FunctionalInterface
public interface OutcomeFormat {

    String record(Outcome outcome);
}
