package vn.gov.hoso.dossier.pdf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import javax.imageio.ImageIO;
import vn.gov.hoso.catalog.internal.Catalogs;
import vn.gov.hoso.dossier.DossierFixtures;
import vn.gov.hoso.dossier.schema.DossierSchema;

/** Bùi Thị Thủy's CV as the renderer receives it, and the renderer on the real schema and catalogs. */
public final class CvFixtures {

  /** Version 1 submitted on Monday 16 March 2026, 09:00 in Hà Nội. */
  static final Instant SUBMITTED = Instant.parse("2026-03-16T02:00:00Z");

  private CvFixtures() {}

  public static CvPdfRenderer renderer() {
    return new CvPdfRenderer(new DossierSchema(), Catalogs.real());
  }

  public static CvSource buiThiThuyVersion1() {
    return source(DossierFixtures.aCivilServantDossier());
  }

  static CvSource source(ObjectNode data) {
    return new CvSource(DossierFixtures.BUI_THI_THUY_CCCD, 1, data, aPhoto(), "image/png",
        Map.of(DossierFixtures.SO_NOI_VU_THANH_HOA, "Sở Nội vụ tỉnh Thanh Hóa",
            DossierFixtures.PHONG_TO_CHUC_BIEN_CHE, "Phòng Tổ chức, biên chế và tổ chức phi chính phủ"),
        SUBMITTED);
  }

  /** A 4 x 6 portrait placeholder: a grey figure on a light blue background, as ID photos are taken. */
  static byte[] aPhoto() {
    BufferedImage image = new BufferedImage(160, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xCFE3F5));
    g.fillRect(0, 0, 160, 240);
    g.setColor(new Color(0x6B7B8C));
    g.fillOval(50, 45, 60, 75);
    g.fillRoundRect(25, 130, 110, 130, 60, 60);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
