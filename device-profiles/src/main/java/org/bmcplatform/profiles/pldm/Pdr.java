package org.bmcplatform.profiles.pldm;

/**
 * A Platform Descriptor Record (DSP0248 §28 "PDR definitions"): the common header and a type-specific
 * body. {@link PdrCodec} lays them out; GetPDR carries them as record data.
 */
public sealed interface Pdr permits NumericSensorPdr, StateSensorPdr, EntityAssociationPdr, FruRecordSetPdr, OtherPdr {

    PdrHeader header();

    PdrType type();
}
