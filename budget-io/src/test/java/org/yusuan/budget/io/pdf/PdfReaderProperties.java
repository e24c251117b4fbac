package org.yusuan.budget.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.yusuan.budget.core.BudgetFormatException;

/**
 * Arbitrary bytes, and PDFs cut short or with a byte changed, never give anything but a disclosure
 * or a {@link BudgetFormatException}.
 */
class PdfReaderProperties {
    /** PDFBox's warnings about the hostile and damaged input these tests feed it, kept out of the build log. */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.stream.Stream.of(
                    "org.apache.pdfbox", "org.apache.fontbox")
            .map(java.util.logging.Logger::getLogger)
            .peek(l -> l.setLevel(java.util.logging.Level.OFF))
            .toList();

    private static final byte[] SMALL = small();
    private static final byte[] TEMPLATE = PdfReaderTest.resource(PdfReaderTest.TEMPLATE);

    /** A one-page PDF with a line of text. */
    private static byte[] small() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Budget 2025 1505.93");
                content.endText();
                content.moveTo(72, 690);
                content.lineTo(300, 690);
                content.stroke();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readsOrFailsWithAFormatError(byte[] bytes) {
        try {
            assertThat(PdfReader.standard().read(bytes, "fuzz.pdf").disclosure())
                    .isNotNull();
        } catch (BudgetFormatException expected) {
            assertThat(expected.source()).isEqualTo("fuzz.pdf");
        }
    }

    @Property(tries = 300)
    void arbitraryBytesOnlyEverFailWithAFormatError(@ForAll("bytes") byte[] bytes) {
        readsOrFailsWithAFormatError(bytes);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
        Arbitrary<byte[]> headed = random.map(b -> {
            byte[] out = Arrays.copyOf("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 9 + b.length);
            System.arraycopy(b, 0, out, 9, b.length);
            return out;
        });
        return Arbitraries.oneOf(random, headed);
    }

    @Property(tries = 200)
    void aSmallPdfCutShortOrChangedOnlyEverFailsWithAFormatError(@ForAll("cutOrChanged") byte[] bytes) {
        readsOrFailsWithAFormatError(bytes);
    }

    @Provide
    Arbitrary<byte[]> cutOrChanged() {
        Arbitrary<byte[]> cut = Arbitraries.integers().between(0, SMALL.length).map(n -> Arrays.copyOf(SMALL, n));
        Arbitrary<byte[]> changed = Arbitraries.integers()
                .between(0, SMALL.length - 1)
                .flatMap(at -> Arbitraries.bytes().map(b -> {
                    byte[] copy = SMALL.clone();
                    copy[at] = b;
                    return copy;
                }));
        return Arbitraries.oneOf(cut, changed);
    }

    @Property(tries = 15)
    void theTemplateCutShortOnlyEverFailsWithAFormatError(@ForAll("templateCuts") byte[] bytes) {
        readsOrFailsWithAFormatError(bytes);
    }

    @Provide
    Arbitrary<byte[]> templateCuts() {
        return Arbitraries.integers().between(0, TEMPLATE.length).map(n -> Arrays.copyOf(TEMPLATE, n));
    }
}
