package org.bmcplatform.profiles.profile;

/** A NIC port's link as NC-SI Get Link Status reports it; UNKNOWN when the NIC cannot say (e.g. InfiniBand mode). */
public enum PortLink { UP, DOWN, UNKNOWN }
