package org.yusuan.budget.core.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.yusuan.budget.core.internal.ValueStyle;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;

/**
 * One published table of a disclosure: which table it is, the unit and decimals its amounts were
 * published in (which define the rounding bound of every identity in it), the columns this print
 * has, and its rows in printed order.
 *
 * <p>A table published as 本表无数据 is present and {@link #publishedEmpty()}, with no rows: not the
 * same as a table that is missing from the disclosure. Every cell is exact in the table's unit and
 * decimals; a cell finer than that means the stated precision is wrong and is rejected.
 */
@Value.Immutable
@ValueStyle
public abstract class BudgetTable {
    BudgetTable() {}

    /** A builder; {@code kind}, {@code unit} and {@code decimals} are required. */
    public static ImmutableBudgetTable.Builder builder() {
        return ImmutableBudgetTable.builder();
    }

    /** Which table this is. */
    public abstract TableKind kind();

    /** The unit the amounts were published in. */
    public abstract AmountUnit unit();

    /** The number of decimals the amounts were published with. */
    public abstract int decimals();

    /** The columns this print of the table has, in printed order. */
    public abstract List<Column> columns();

    /** The rows in printed order. */
    public abstract List<Row> rows();

    /** Whether the table was published as 本表无数据 (present, with no data). */
    @Value.Default
    public boolean publishedEmpty() {
        return false;
    }

    /** The title as printed, when known. */
    public abstract Optional<String> title();

    /** The line of the source document where the title was read, when imported. */
    public abstract OptionalInt sourceLine();

    /** The rows of one section, in printed order. */
    public List<Row> rows(Section section) {
        // loops rather than streams here and below: validation asks these many times a table
        List<Row> rows = rows();
        List<Row> in = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).section() == section) {
                in.add(rows.get(i));
            }
        }
        return Collections.unmodifiableList(in);
    }

    /** The row of a key in a section. */
    public Optional<Row> row(Section section, RowKey key) {
        List<Row> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.section() == section && row.key().equals(key)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** The row of a key in the first section that has it. */
    public Optional<Row> row(RowKey key) {
        List<Row> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(key)) {
                return Optional.of(rows.get(i));
            }
        }
        return Optional.empty();
    }

    /** The cell of a row and column, empty if the row is missing or the column does not apply. */
    public Optional<Amount> cell(RowKey key, Column column) {
        return row(key).flatMap(r -> r.cell(column));
    }

    private static final Column[] ALL_COLUMNS = Column.values();

    /** Where a row sits: its section and key, which no other row of the table shares. */
    private record Place(Section section, RowKey key) {}

    @Value.Check
    void check() {
        if (decimals() < 0 || decimals() > 6) {
            throw new IllegalArgumentException(kind() + ": decimals must be between 0 and 6, got " + decimals());
        }
        Set<Column> columns = columns().isEmpty() ? EnumSet.noneOf(Column.class) : EnumSet.copyOf(columns());
        if (columns.size() != columns().size()) {
            throw new IllegalArgumentException(kind() + ": a column is listed twice in " + columns());
        }
        if (publishedEmpty() && !rows().isEmpty()) {
            throw new IllegalArgumentException(kind() + ": a table published empty (本表无数据) has no rows");
        }
        // sets of values, not of their texts: a table is checked whenever it is built or read
        Set<Place> seen = new HashSet<>();
        Column[] own = columns().toArray(new Column[0]);
        for (Row row : rows()) {
            if (!seen.add(new Place(row.section(), row.key()))) {
                throw new IllegalArgumentException(
                        kind() + ": the row " + row.key() + " appears twice in section " + row.section());
            }
            // column by column: iterating the map would make it keep an entry-set view, one more
            // object for every row of every table held in memory. The table's own columns first: if
            // they hold every cell of the row, exactly, the row is right; otherwise the loop below
            // finds the first wrong cell in column order, as it always did, to report it.
            Map<Column, Amount> cells = row.cells();
            int inOwn = 0;
            boolean exact = true;
            for (Column column : own) {
                Amount amount = cells.get(column);
                if (amount != null) {
                    inOwn++;
                    exact &= amount.isExactIn(unit(), decimals());
                }
            }
            if (exact && inOwn == cells.size()) {
                continue;
            }
            for (Column column : ALL_COLUMNS) {
                Amount amount = cells.get(column);
                if (amount == null) {
                    continue;
                }
                if (!columns.contains(column)) {
                    throw new IllegalArgumentException(
                            kind() + ": row " + row.key() + " has a cell in " + column + ", which the table lacks");
                }
                if (!amount.isExactIn(unit(), decimals())) {
                    throw new IllegalArgumentException(kind() + ": row " + row.key() + " column " + column + " holds "
                            + amount + " yuan, finer than " + decimals() + " decimals of " + unit().label());
                }
            }
        }
    }
}
