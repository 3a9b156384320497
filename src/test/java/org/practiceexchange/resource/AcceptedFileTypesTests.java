package org.practiceexchange.resource;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type of file the outputs repository takes is recognised by its content, and the documents'
 * text is extracted for search. The build ships only the Tika parsers these need; a parser or
 * library left out by mistake shows here as a document whose text comes back empty.
 */
class AcceptedFileTypesTests {

	private final FileInspector inspector = new FileInspector(5 * 1024 * 1024);

	@TempDir
	Path dir;

	@Test
	void aWordDocumentIsRecognisedAndItsTextExtracted() throws Exception {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Questioning routines in functional maths");
			document.write(out);
			docx = out.toByteArray();
		}
		FileInspector.Inspected inspected = inspect(docx, "routines.docx");
		assertThat(inspected.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(inspected.text()).contains("Questioning routines in functional maths");
	}

	@Test
	void aSpreadsheetIsRecognisedAndItsTextExtracted() throws Exception {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Attendance").createRow(0).createCell(0).setCellValue("Attendance before the intervention");
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		FileInspector.Inspected inspected = inspect(xlsx, "attendance.xlsx");
		assertThat(inspected.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(inspected.text()).contains("Attendance before the intervention");
	}

	@Test
	void aPresentationIsRecognisedAndItsTextExtracted() throws Exception {
		byte[] pptx;
		try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSLFTextBox box = show.createSlide().createTextBox();
			box.setText("Peer observation in ESOL classrooms");
			show.write(out);
			pptx = out.toByteArray();
		}
		FileInspector.Inspected inspected = inspect(pptx, "observation.pptx");
		assertThat(inspected.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
		assertThat(inspected.text()).contains("Peer observation in ESOL classrooms");
	}

	@Test
	void anOpenDocumentTextIsRecognisedAndItsTextExtracted() throws Exception {
		FileInspector.Inspected inspected = inspect(odt("Reading for pleasure with adult learners"), "reading.odt");
		assertThat(inspected.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
		assertThat(inspected.text()).contains("Reading for pleasure with adult learners");
	}

	@Test
	void aPdfIsRecognisedAndItsTextExtracted() throws Exception {
		FileInspector.Inspected inspected = inspect(ResourceFixtures.pdf("Screening", "Phonological awareness tasks"), "screening.pdf");
		assertThat(inspected.mediaType()).isEqualTo("application/pdf");
		assertThat(inspected.text()).contains("Phonological awareness tasks");
	}

	@Test
	void imagesAreRecognisedByTheirContent() throws Exception {
		assertThat(inspect(image("png"), "poster.png").mediaType()).isEqualTo("image/png");
		assertThat(inspect(image("jpeg"), "photo.jpg").mediaType()).isEqualTo("image/jpeg");
		assertThat(inspect(image("gif"), "diagram.gif").mediaType()).isEqualTo("image/gif");
	}

	private FileInspector.Inspected inspect(byte[] content, String name) throws IOException {
		Path file = Files.write(dir.resolve(name), content);
		return inspector.inspect(file, name, Files.size(file));
	}

	private static byte[] image(String format) throws IOException {
		BufferedImage picture = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		picture.setRGB(3, 3, 0x1d70b8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(picture, format, out)).as("ImageIO writes %s", format).isTrue();
		return out.toByteArray();
	}

	/** The smallest valid ODF text document: the stored mimetype first, a manifest, and the content. */
	private static byte[] odt(String paragraph) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			ZipEntry first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			first.setCrc(crc.getValue());
			zip.putNextEntry(first);
			zip.write(mimetype);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
			zip.write(("""
					<?xml version="1.0" encoding="UTF-8"?>
					<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
					 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
					 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
					</manifest:manifest>
					""").getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(("""
					<?xml version="1.0" encoding="UTF-8"?>
					<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
					 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
					 <office:body><office:text><text:p>%s</text:p></office:text></office:body>
					</office:document-content>
					""".formatted(paragraph)).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}
}
