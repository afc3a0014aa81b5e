/**
 * NC-SI control packets over MCTP (DSP0222 NC-SI carried per DSP0261, MCTP message type 0x02):
 * header, checksum and pad, commands with response and reason codes, Get Version ID, Get
 * Capabilities, Get Link Status, Get Controller Packet Statistics, Get Package UUID, AENs, and the
 * byte-exact codec for both directions.
 */
package org.bmcplatform.profiles.ncsi;
