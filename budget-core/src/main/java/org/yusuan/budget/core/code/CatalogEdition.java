package org.yusuan.budget.core.code;

import java.time.Year;
import java.util.Objects;

/**
 * The edition of a classification catalog: the fiscal years its data is taken to hold for, and a
 * description of where it comes from. The official catalog (政府收支分类科目) is published yearly;
 * the bundled partial catalog covers the years of the documents its data was gathered from.
 *
 * @param firstYear the first fiscal year the data holds for
 * @param lastYear the last fiscal year the data holds for, not before {@code firstYear}
 * @param description where the data comes from
 */
public record CatalogEdition(Year firstYear, Year lastYear, String description) {
    /** Checks the years are in order and nothing is missing. */
    public CatalogEdition {
        Objects.requireNonNull(firstYear, "firstYear");
        Objects.requireNonNull(lastYear, "lastYear");
        Objects.requireNonNull(description, "description");
        if (lastYear.isBefore(firstYear)) {
            throw new IllegalArgumentException(
                    "catalog edition years out of order: " + firstYear + " after " + lastYear);
        }
    }

    /**
     * The edition of one fiscal year, as the Ministry of Finance publishes it.
     *
     * @param year the fiscal year
     * @param description where the data comes from
     * @return the edition
     */
    public static CatalogEdition of(Year year, String description) {
        return new CatalogEdition(year, year, description);
    }

    /** Whether the edition's data holds for a fiscal year. */
    public boolean covers(Year year) {
        return !year.isBefore(firstYear) && !year.isAfter(lastYear);
    }

    /** {@code 2026} for one year, {@code 2023–2026} for a range. */
    @Override
    public String toString() {
        return firstYear.equals(lastYear) ? firstYear.toString() : firstYear + "–" + lastYear;
    }
}
