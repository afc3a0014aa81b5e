package org.bmcplatform.console.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void columnsAreAsWideAsTheirWidestCellAndSeparatedByTwoSpaces() {
        String text = Table.create().numberColumn("ID").column("NAME").column("TEMP")
                .row(1, "nvme0", "33.0 °C")
                .row(12, "nvme-long-name", null)
                .render();

        assertThat(text).isEqualTo("""
                ID  NAME            TEMP
                --  --------------  -------
                 1  nvme0           33.0 °C
                12  nvme-long-name  -
                """);
    }

    @Test
    void blankValuesShowAsDashAndNewlinesDoNotBreakTheRow() {
        String text = Table.create().column("A").column("B").row("", "x\ny").render();

        assertThat(text.lines()).containsExactly("A  B", "-  ---", "-  x y");
    }

    @Test
    void rowWithTheWrongNumberOfValuesIsRejected() {
        Table table = Table.create().column("A").column("B");

        assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 values for 2 columns");
    }

    @Test
    void headerOnlyTableStillRendersHeaderAndRule() {
        assertThat(Table.create().column("NAME").render()).isEqualTo("NAME\n----\n");
    }

    @Test
    void countedTableEndsWithTheRowCountAndItsNounSingularForOne() {
        assertThat(Table.create().column("NAME").row("nvme0").renderCounted("drive"))
                .isEqualTo("NAME\n-----\nnvme0\n1 drive");
        assertThat(Table.create().column("NAME").row("a").row("b").renderCounted("drive")).endsWith("\nb\n2 drives");
    }
}
