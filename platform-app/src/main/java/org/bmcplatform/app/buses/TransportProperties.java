package org.bmcplatform.app.buses;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bmc.mctp.transport}: {@code java} (default), the platform's own MCTP stack on the board's buses; or
 * {@code kernel}, the Linux kernel's AF_MCTP sockets, where the kernel routes and fragments and mctpd owns
 * the links and EIDs. {@code bmc.mctp.kernel-eids}: the EIDs (first-last) the kernel transport asks for
 * endpoints, default 8-254; an EID the kernel has no route to is skipped at once.
 */
@ConfigurationProperties("bmc.mctp")
public record TransportProperties(Transport transport, String kernelEids) {
    public enum Transport { JAVA, KERNEL }

    public TransportProperties {
        transport = transport == null ? Transport.JAVA : transport;
        kernelEids = kernelEids == null || kernelEids.isBlank() ? "8-254" : kernelEids.strip();
    }
}
