package org.bmcplatform.mctp.binding.smbus.linux;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bmcplatform.mctp.binding.BindingSpec;

/**
 * Where the Linux I2C backend reads and writes, parsed from a spec string such as
 * {@code i2c:/dev/i2c-3?address=0x10&mqueue=/sys/bus/i2c/devices/3-1010/slave-mqueue&force=false}.
 *
 * @param device  the i2c-dev node the block writes go through
 * @param bus     the adapter number from the node's name ({@code i2c-3} is 3), or -1 when it has none
 * @param address our own 7-bit target address on the segment (0x08..0x77)
 * @param mqueue  the slave-mqueue file of our target address; by default
 *                {@code /sys/bus/i2c/devices/<bus>-<0x1000 | address as 4 hex digits>/slave-mqueue}
 * @param force   set the write target with I2C_SLAVE_FORCE, even where a kernel driver claims the address
 */
public record I2cDevSettings(String device, int bus, int address, String mqueue, boolean force) {
    public static final String SCHEME = "i2c";
    /** Linux marks a target (slave) client's address with this offset (I2C_ADDR_OFFSET_SLAVE). */
    public static final int TARGET_ADDRESS_OFFSET = 0x1000;

    private static final Pattern BUS = Pattern.compile(".*/i2c-(\\d+)");
    private static final Set<String> OPTIONS = Set.of("address", "mqueue", "force");

    public I2cDevSettings {
        if (device == null || device.isBlank()) {
            throw new IllegalArgumentException("the i2c backend needs a device, e.g. i2c:/dev/i2c-3");
        }
        if (address < 0x08 || address > 0x77) {
            throw new IllegalArgumentException(String.format("our I2C target address must be 0x08..0x77, was 0x%x", address));
        }
        if (mqueue == null || mqueue.isBlank()) {
            throw new IllegalArgumentException("the i2c backend needs the slave-mqueue file of our address");
        }
    }

    /** Parses a spec that names our address ({@code address=0x10}). */
    public static I2cDevSettings parse(BindingSpec spec) {
        if (spec.option("address").isEmpty()) {
            throw new IllegalArgumentException("backend '" + spec + "' needs option 'address' (our 7-bit target address,"
                    + " e.g. address=0x10)");
        }
        return parse(spec, -1);
    }

    /** Parses a spec; {@code defaultAddress} (e.g. the board file's bus address) applies when it has no address option. */
    public static I2cDevSettings parse(BindingSpec spec, int defaultAddress) {
        if (!SCHEME.equals(spec.scheme())) {
            throw new IllegalArgumentException("backend '" + spec + "' is not an i2c backend (i2c:/dev/i2c-N)");
        }
        spec.onlyOptions(OPTIONS);
        if (spec.path().isEmpty()) {
            throw new IllegalArgumentException("backend 'i2c' needs the device node, e.g. i2c:/dev/i2c-3");
        }
        int address = spec.intOption("address", defaultAddress, 0x08, 0x77);
        boolean force = Boolean.parseBoolean(spec.choiceOption("force", "false", Set.of("true", "false")));
        Matcher m = BUS.matcher(spec.path());
        int bus = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        String mqueue = spec.option("mqueue").orElse(null);
        if (mqueue == null) {
            if (bus < 0) {
                throw new IllegalArgumentException("backend '" + spec + "': the bus number cannot be read from '" + spec.path()
                        + "' (expected /dev/i2c-N); give option 'mqueue' (the slave-mqueue file)");
            }
            mqueue = defaultMqueue(bus, address);
        }
        return new I2cDevSettings(spec.path(), bus, address, mqueue, force);
    }

    /** {@code /sys/bus/i2c/devices/3-1010/slave-mqueue} for bus 3, address 0x10. */
    public static String defaultMqueue(int bus, int address) {
        return String.format("/sys/bus/i2c/devices/%d-%04x/slave-mqueue", bus, TARGET_ADDRESS_OFFSET | address);
    }

    /** The command that creates our target queue: {@code echo slave-mqueue 0x1010 > /sys/bus/i2c/devices/i2c-3/new_device}. */
    public String newDeviceCommand() {
        return String.format("echo slave-mqueue 0x%04x > /sys/bus/i2c/devices/i2c-%s/new_device", TARGET_ADDRESS_OFFSET | address,
                bus >= 0 ? Integer.toString(bus) : "N");
    }

    /** The spec string that parses back to these settings. */
    public String toSpec() {
        return String.format("i2c:%s?address=0x%02x&mqueue=%s%s", device, address, mqueue, force ? "&force=true" : "");
    }
}
