/**
 * The Linux kernel's MCTP stack as an {@link org.bmcplatform.mctp.MctpEndpoint}: AF_MCTP sockets through
 * JNA ({@link org.bmcplatform.mctp.kernel.AfMctpEndpoint}), plus the errno naming the Linux backends share
 * (reference/mctp-stack.md §8, §9 rows 13-15; include/uapi/linux/mctp.h).
 *
 * <h2>Setup</h2>
 * <ul>
 *   <li>Kernel: {@code CONFIG_MCTP=y} and a transport driver for the links, e.g. {@code CONFIG_MCTP_TRANSPORT_I2C}
 *       (mctp-i2c), {@code CONFIG_MCTP_SERIAL}, {@code CONFIG_MCTP_TRANSPORT_I3C}, {@code CONFIG_MCTP_TRANSPORT_USB}.
 *       Without {@code CONFIG_MCTP}, {@code socket(AF_MCTP)} fails with EAFNOSUPPORT and
 *       {@link org.bmcplatform.mctp.kernel.AfMctpEndpoint#open} says so at once; use the Java stack then.</li>
 *   <li>Kept tags across retries need SIOCMCTPALLOCTAG (5.18+) or SIOCMCTPALLOCTAG2 (6.10+, any network);
 *       on 5.15 to 5.17 each attempt gets a kernel-allocated tag and replies are matched by peer and type.</li>
 *   <li>mctpd (CodeConstruct) owns the links on such systems: it brings interfaces up, assigns EIDs as bus
 *       owner, adds routes and neighbours, and answers MCTP control messages (the kernel never does). This
 *       endpoint neither assigns EIDs nor binds type 0 while mctpd runs: discover endpoints through mctpd's
 *       D-Bus objects (au.com.codeconstruct.MCTP1) and address them by EID. Check with {@code mctp route}
 *       and {@code mctp neigh}.</li>
 *   <li>Capabilities: {@code bind()} (answering requests of a type) needs CAP_NET_BIND_SERVICE; some kernels
 *       want CAP_NET_RAW for {@code sendto()}. Root has both; a service user gets them with systemd's
 *       {@code AmbientCapabilities=CAP_NET_BIND_SERVICE CAP_NET_RAW}.</li>
 *   <li>Requesters never bind (a requester's bind steals its type's requests from the real responder or fails
 *       with EADDRINUSE): every request here goes out on its own unbound socket.</li>
 * </ul>
 */
package org.bmcplatform.mctp.kernel;
