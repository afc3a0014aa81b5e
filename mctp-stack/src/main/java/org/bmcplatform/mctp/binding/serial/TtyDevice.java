package org.bmcplatform.mctp.binding.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens and configures a tty device with jSerialComm, or says in one sentence why it cannot and what to do. */
final class TtyDevice {

    /** Why a device could not be opened; the message is meant for the person setting it up. */
    static final class OpenFailure extends Exception {
        OpenFailure(String message) {
            super(message);
        }
    }

    private TtyDevice() {
    }

    /** Opens the device (following symlinks as they are now) with reads that wait at most {@code readTimeoutMs}. */
    static SerialPort open(String device, SerialPortSettings s, int readTimeoutMs) throws OpenFailure {
        Path path = Path.of(device);
        if (!Files.exists(path)) {
            throw notFound(device);
        }
        if (!Files.isReadable(path) || !Files.isWritable(path)) {
            throw new OpenFailure("serial device " + device + " is not readable and writable by this user: " + PERMISSION_FIX);
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(device);
        } catch (SerialPortInvalidPortException e) {
            throw notFound(device);
        } catch (LinkageError e) {
            // jSerialComm unpacks its native library to java.io.tmpdir on first use
            throw new OpenFailure("serial device " + device + " cannot be used: jSerialComm's native library did not load ("
                    + e + "); java.io.tmpdir must be writable and allow executing files (or set -Djava.io.tmpdir)");
        }
        port.setComPortParameters(s.baud(), s.dataBits(), stopBits(s.stopBits()), parity(s.parity()));
        port.setFlowControl(flow(s.flow()));
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, readTimeoutMs, 0);
        if (!port.openPort(0)) {
            throw new OpenFailure("serial device " + device + " could not be opened: " + explain(port.getLastErrorCode()));
        }
        return port;
    }

    private static final String PERMISSION_FIX = "add the user to the group owning the device (usually 'dialout': "
            + "sudo usermod -aG dialout USER, then log in again) or grant access with a udev rule";

    private static OpenFailure notFound(String device) {
        return new OpenFailure("serial device " + device + " not found: no such file (check the path and that the "
                + "adapter or cable is plugged in; ls -l /dev/ttyUSB* /dev/ttyS* lists the candidates)");
    }

    /** Common open(2) and termios errno values on Linux. */
    private static String explain(int errno) {
        return switch (errno) {
            case 2, 6, 19 -> "the device is gone (errno " + errno + "); check the cable or adapter";
            case 13, 1 -> "permission denied (errno " + errno + "): " + PERMISSION_FIX;
            case 16 -> "device busy (errno 16): another program holds it open (a getty, ModemManager, a terminal program)";
            case 25 -> "not a tty (errno 25): the path is not a serial device";
            default -> "errno " + errno + " (see errno(3)); check the path, the cable and that no other program holds it";
        };
    }

    private static int stopBits(SerialPortSettings.StopBits b) {
        return switch (b) {
            case ONE -> SerialPort.ONE_STOP_BIT;
            case ONE_AND_A_HALF -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            case TWO -> SerialPort.TWO_STOP_BITS;
        };
    }

    private static int parity(SerialPortSettings.Parity p) {
        return switch (p) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }

    private static int flow(SerialPortSettings.FlowControl f) {
        return switch (f) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            case XON_XOFF -> SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        };
    }
}
