package org.bmcplatform.profiles.pldm;

/**
 * The range fields that end the Numeric Sensor PDR (DSP0248 Table 78): rangeFieldFormat u8,
 * rangeFieldSupport bitfield8, then nominalValue, normalMax, normalMin, warningHigh, warningLow,
 * criticalHigh, criticalLow, fatalHigh, fatalLow, each in rangeFieldFormat. All nine are always on
 * the wire; rangeFieldSupport says which of nominal, normal and critical/fatal ones are meaningful
 * and the PDR's supportedThresholds which thresholds are. Values are raw (before conversion).
 */
public record SensorRanges(RangeFieldFormat format, int support, double nominalValue, double normalMax, double normalMin,
        double warningHigh, double warningLow, double criticalHigh, double criticalLow, double fatalHigh, double fatalLow) {
    public static final int NOMINAL_VALUE = 1;
    public static final int NORMAL_MAX = 1 << 1;
    public static final int NORMAL_MIN = 1 << 2;
    public static final int CRITICAL_HIGH = 1 << 3;
    public static final int CRITICAL_LOW = 1 << 4;
    public static final int FATAL_HIGH = 1 << 5;
    public static final int FATAL_LOW = 1 << 6;

    public SensorRanges {
        WireRange.required(format, "range field format");
        WireRange.unsigned(support, 8, "range field support");
        format.check(nominalValue, "nominalValue");
        format.check(normalMax, "normalMax");
        format.check(normalMin, "normalMin");
        format.check(warningHigh, "warningHigh");
        format.check(warningLow, "warningLow");
        format.check(criticalHigh, "criticalHigh");
        format.check(criticalLow, "criticalLow");
        format.check(fatalHigh, "fatalHigh");
        format.check(fatalLow, "fatalLow");
    }

    public boolean supports(int field) {
        return (support & field) != 0;
    }

    void write(WireWriter w) {
        w.u8(format.code()).u8(support);
        for (double v : new double[] {nominalValue, normalMax, normalMin, warningHigh, warningLow, criticalHigh, criticalLow, fatalHigh, fatalLow}) {
            format.writeValue(w, v);
        }
    }

    static SensorRanges read(WireReader r) {
        RangeFieldFormat format = RangeFieldFormat.read(r, "rangeFieldFormat");
        int support = r.u8("rangeFieldSupport");
        String[] names = {"nominalValue", "normalMax", "normalMin", "warningHigh", "warningLow", "criticalHigh",
            "criticalLow", "fatalHigh", "fatalLow"};
        double[] v = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            v[i] = format.readValue(r, names[i]);
        }
        return new SensorRanges(format, support, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
    }
}
