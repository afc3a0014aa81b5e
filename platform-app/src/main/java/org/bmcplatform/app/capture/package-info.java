/** Packet captures of MCTP interfaces to pcapng files (LINKTYPE_MCTP 291, draft-ietf-opsawg-pcapng), started, stopped, listed and downloaded over REST. */
package org.bmcplatform.app.capture;
