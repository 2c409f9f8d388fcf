package vn.landinfo.demo.model;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/** The survey units (pre-2025 communes) and map sheets of one generated commune. */
public record SurveyPlan(List<SurveyUnit> units, List<Sheet> sheets) {

    public record SurveyUnit(String name, String unitType) {
    }

    /** A sheet numbered from 1 within its survey unit; the extent is in TM-3 metres. */
    public record Sheet(int surveyUnitIndex, int number, int scale, int surveyYear, Envelope extent) {
    }
}
