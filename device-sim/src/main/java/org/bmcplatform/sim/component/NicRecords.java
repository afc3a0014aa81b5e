package org.bmcplatform.sim.component;

import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.IntToDoubleFunction;
import org.bmcplatform.profiles.pldm.FruEncoding;
import org.bmcplatform.profiles.pldm.FruField;
import org.bmcplatform.profiles.pldm.FruFieldType;
import org.bmcplatform.profiles.pldm.FruRecord;
import org.bmcplatform.profiles.pldm.FruRecordSetPdr;
import org.bmcplatform.profiles.pldm.FruRecordType;
import org.bmcplatform.profiles.pldm.NumericSensorPdr;
import org.bmcplatform.profiles.pldm.PdrHeader;
import org.bmcplatform.profiles.pldm.RangeFieldFormat;
import org.bmcplatform.profiles.pldm.SensorDataSize;
import org.bmcplatform.profiles.pldm.SensorInit;
import org.bmcplatform.profiles.pldm.SensorRanges;
import org.bmcplatform.profiles.pldm.SensorUnit;
import org.bmcplatform.profiles.pldm.SensorUnits;
import org.bmcplatform.sim.board.NcsiNicSpec;
import org.bmcplatform.sim.board.NicPortSpec;
import org.bmcplatform.sim.pldm.PldmTerminus;

/**
 * The PDRs (DSP0248 §28) and FRU record (DSP0257) of a {@link SimNic}, all on the network controller
 * entity {@link SimNic#NIC_ENTITY}: the ASIC temperature, one module temperature per port with a
 * transceiver, the FRU Record Set PDR and the General record. The numbers are public on {@link SimNic}.
 */
final class NicRecords {
    /** PDR updateInterval: the thermal model moves in one-second steps. */
    static final float UPDATE_INTERVAL_S = 1.0f;
    static final double HYSTERESIS_CELSIUS = 2;
    static final double MIN_READABLE_CELSIUS = -40;
    static final double MAX_READABLE_CELSIUS = 150;
    /** SFF-8472/8636 modules are rated to 70 °C (commercial): warn there, critical at 75. */
    static final double MODULE_WARNING_CELSIUS = 70;
    static final double MODULE_CRITICAL_CELSIUS = 75;

    private NicRecords() {
    }

    /** Fills a fresh terminus: ASIC sensor, port sensors in port order, FRU Record Set PDR, FRU record. */
    static void build(NcsiNicSpec spec, PldmTerminus terminus, DoubleSupplier asicCelsius, IntToDoubleFunction moduleCelsius) {
        terminus.addNumericSensor(h -> temperature(h, SimNic.asicSensorId(spec), spec.thermal().warningCelsius(),
                spec.thermal().criticalCelsius()), asicCelsius);
        for (NicPortSpec p : spec.ports()) {
            if (p.transceiver()) {
                int port = p.port();
                terminus.addNumericSensor(h -> temperature(h, SimNic.portSensorId(spec, port), MODULE_WARNING_CELSIUS,
                        MODULE_CRITICAL_CELSIUS), () -> moduleCelsius.applyAsDouble(port));
            }
        }
        terminus.pdrs().add(h -> new FruRecordSetPdr(h, PldmTerminus.TERMINUS_HANDLE, SimNic.NIC_FRU_SET, SimNic.NIC_ENTITY));
        terminus.putFruRecordSet(SimNic.NIC_FRU_SET, List.of(fru(spec)));
    }

    /** °C, sint16, resolution 1, upper warning and critical, on the NIC entity. */
    static NumericSensorPdr temperature(PdrHeader header, int sensorId, double warningCelsius, double criticalCelsius) {
        SensorDataSize size = SensorDataSize.SINT16;
        long max = Math.round(MAX_READABLE_CELSIUS);
        long min = Math.round(MIN_READABLE_CELSIUS);
        double warning = Math.max(min, Math.min(max, Math.round(warningCelsius)));
        double critical = Math.max(min, Math.min(max, Math.round(criticalCelsius)));
        SensorRanges ranges = new SensorRanges(RangeFieldFormat.SINT16, SensorRanges.CRITICAL_HIGH, 0, 0, 0, warning, 0, critical, 0, 0, 0);
        return new NumericSensorPdr(header, PldmTerminus.TERMINUS_HANDLE, sensorId, SimNic.NIC_ENTITY, SensorInit.NO_INIT, false,
                SensorUnits.of(SensorUnit.DEGREES_C, 0), true, size, 1f, 0f, 0, 0, 0, Math.round(HYSTERESIS_CELSIUS),
                NumericSensorPdr.UPPER_WARNING | NumericSensorPdr.UPPER_CRITICAL, 0, 0f, UPDATE_INTERVAL_S, max, min, ranges);
    }

    /** The General record: Manufacturer, Model, Part Number, Serial Number, Version (firmware), Vendor IANA. */
    static FruRecord fru(NcsiNicSpec spec) {
        NcsiNicSpec.Identity id = spec.identity();
        return new FruRecord(SimNic.NIC_FRU_SET, FruRecordType.GENERAL, FruEncoding.ASCII, List.of(
                text(FruFieldType.MANUFACTURER, id.manufacturer()), text(FruFieldType.MODEL, id.model()),
                text(FruFieldType.PART_NUMBER, id.partNumber()), text(FruFieldType.SERIAL_NUMBER, id.serial()),
                text(FruFieldType.VERSION, id.firmware()), FruField.vendorIana(id.manufacturerIana())));
    }

    private static FruField text(FruFieldType type, String value) {
        return FruField.text(type, value, FruEncoding.ASCII);
    }
}
