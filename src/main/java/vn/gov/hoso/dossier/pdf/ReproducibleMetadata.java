package vn.gov.hoso.dossier.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Replaces what the renderer takes from the wall clock (creation date in the document information and the XMP) and
 * what PDFBox would derive from it (the trailer ID) by values of the source, so equal sources give equal bytes.
 * PDF/A needs the information dictionary and the XMP to agree: both get the same instant.
 */
final class ReproducibleMetadata {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private ReproducibleMetadata() {}

  static void fix(PDDocument pdf, CvSource source) throws IOException {
    Calendar issued = GregorianCalendar.from(source.issuedAt().atZone(VIETNAM));
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setCreationDate(issued);
    info.setModificationDate(issued);
    PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
    try (InputStream in = stream.exportXMPMetadata()) {
      XMPMetadata xmp = new DomXmpParser().parse(in);
      XMPBasicSchema basic = xmp.getXMPBasicSchema();
      basic.setCreateDate(issued);
      basic.setModifyDate(issued);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, out, true);
      stream.importXMPMetadata(out.toByteArray());
    } catch (XmpParsingException | TransformerException e) {
      throw new IOException("cannot rewrite the XMP metadata", e);
    }
    byte[] id = documentId(source);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** 16 bytes identifying the document: dossier, version and creation instant. */
  private static byte[] documentId(CvSource source) {
    String key = String.format(Locale.ROOT, "%s/v%d/%s", source.dossierId(), source.versionNumber(),
        source.issuedAt());
    try {
      return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
