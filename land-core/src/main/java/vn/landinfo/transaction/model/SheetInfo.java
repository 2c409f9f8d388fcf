package vn.landinfo.transaction.model;

/** A current map sheet: its id, commune, number, scale and TM-3 SRID. */
public record SheetInfo(long id, long communeId, String communeCode, String provinceCode, String surveyUnitCode,
                        int sheetNumber, int scale, int srid) {
}
