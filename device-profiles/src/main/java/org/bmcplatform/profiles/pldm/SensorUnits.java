package org.bmcplatform.profiles.pldm;

/**
 * The unit fields of the Numeric Sensor PDR (DSP0248 Table 78), nine bytes in wire order: baseUnit
 * u8, unitModifier sint8 (power of ten applied to the reading), rateUnit u8, baseOEMUnitHandle u8,
 * auxUnit u8, auxUnitModifier sint8, auxRateUnit u8, rel u8 (how base and aux units combine:
 * 0 dividedBy, 1 multipliedBy), auxOEMUnitHandle u8.
 */
public record SensorUnits(SensorUnit baseUnit, int unitModifier, RateUnit rateUnit, int baseOemUnitHandle,
        SensorUnit auxUnit, int auxUnitModifier, RateUnit auxRateUnit, int rel, int auxOemUnitHandle) {
    public SensorUnits {
        WireRange.required(baseUnit, "base unit");
        WireRange.signed(unitModifier, 8, "unit modifier");
        WireRange.required(rateUnit, "rate unit");
        WireRange.unsigned(baseOemUnitHandle, 8, "base OEM unit handle");
        WireRange.required(auxUnit, "aux unit");
        WireRange.signed(auxUnitModifier, 8, "aux unit modifier");
        WireRange.required(auxRateUnit, "aux rate unit");
        WireRange.unsigned(rel, 8, "rel");
        WireRange.unsigned(auxOemUnitHandle, 8, "aux OEM unit handle");
    }

    /** {@code baseUnit} scaled by 10^{@code unitModifier}, no rate, no aux unit. */
    public static SensorUnits of(SensorUnit baseUnit, int unitModifier) {
        return new SensorUnits(baseUnit, unitModifier, RateUnit.NONE, 0, SensorUnit.NONE, 0, RateUnit.NONE, 0, 0);
    }

    void write(WireWriter w) {
        w.u8(baseUnit.code()).u8(unitModifier).u8(rateUnit.code()).u8(baseOemUnitHandle).u8(auxUnit.code())
                .u8(auxUnitModifier).u8(auxRateUnit.code()).u8(rel).u8(auxOemUnitHandle);
    }

    static SensorUnits read(WireReader r) {
        SensorUnit base = new SensorUnit(r.u8("baseUnit"));
        int modifier = r.s8("unitModifier");
        RateUnit rate = new RateUnit(r.u8("rateUnit"));
        int baseOem = r.u8("baseOEMUnitHandle");
        SensorUnit aux = new SensorUnit(r.u8("auxUnit"));
        int auxModifier = r.s8("auxUnitModifier");
        RateUnit auxRate = new RateUnit(r.u8("auxrateUnit"));
        int rel = r.u8("rel");
        return new SensorUnits(base, modifier, rate, baseOem, aux, auxModifier, auxRate, rel, r.u8("auxOEMUnitHandle"));
    }
}
