package vn.landinfo.transaction.application.command;

/**
 * A map sheet by its legal address part: current commune code, sheet number and, where the commune holds
 * several sheets of that number (one per survey unit, docs/decisions/0005-legal-address-with-survey-units.md), the survey
 * unit's code.
 */
public record SheetRef(String commune, String surveyUnit, Integer sheet) {
}
