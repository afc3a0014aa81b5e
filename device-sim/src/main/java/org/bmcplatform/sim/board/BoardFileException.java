package org.bmcplatform.sim.board;

/**
 * A board file that cannot be used, with the place to fix it: {@code my-board.yaml:14:
 * components[2].address: 0x9a is not a 7-bit address (0x08..0x77)}.
 */
public final class BoardFileException extends RuntimeException {
    private final String file;
    private final int line;
    private final String field;
    private final String problem;

    /**
     * @param file    the file name as the user knows it
     * @param line    1-based line number; 0 when the problem concerns the whole file
     * @param field   the field path, e.g. {@code components[2].address}; empty for the whole file
     * @param problem what is wrong and what is allowed
     */
    public BoardFileException(String file, int line, String field, String problem) {
        super(format(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    private static String format(String file, int line, String field, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (!field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(problem).toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
