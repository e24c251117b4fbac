/**
 * Reading published PDF disclosures: {@link org.yusuan.budget.io.pdf.PdfReader} rebuilds the
 * printed lines and tables of each page and imports them as the text importer does.
 */
package org.yusuan.budget.io.pdf;
