package vn.landinfo.transaction.application;

import vn.landinfo.transaction.model.TransactionKind;

/**
 * Port: how the change kept on a draft turns back into its command. The use cases never read the stored
 * form themselves; the JSON adapter ({@code vn.landinfo.transaction.adapter.json.ChangePayloads}) does,
 * with the same checks as when the change first came in (docs/decisions/0091-commands-parsed-at-the-edge.md).
 */
public interface ChangeFormat {

    StoredChange decode(TransactionKind kind, String stored);
}
