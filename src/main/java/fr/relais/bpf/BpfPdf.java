package fr.relais.bpf;

import fr.relais.kernel.Organisation;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.pdf.DocumentModel;
import fr.relais.kernel.pdf.Templates;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The BPF as a document laid out like cerfa 10443: frame letters, line numbers, labels, figures;
 * while data warnings are open, a banner on every page says so. Tagged PDF/A-2A and PDF/UA-1.
 */
public final class BpfPdf {

  private BpfPdf() {}

  public static byte[] of(BpfYear year, Organisation.Identity org, Instant madeOn) {
    DocumentModel m = new DocumentModel(Language.FR);
    BpfView view = BpfView.of(year, m.texts());
    String frameLabel = m.texts().get("bpf.frame");
    String lineLabel = m.texts().get("bpf.col.line");
    String labelLabel = m.texts().get("bpf.col.label");
    List<Map<String, Object>> frames =
        view.frames().stream()
            .map(
                f -> {
                  Map<String, Object> frame = new HashMap<>();
                  frame.put("code", f.code());
                  frame.put("title", f.title());
                  frame.put("columns", f.columns());
                  frame.put("lines", f.lines());
                  frame.put("frameLabel", frameLabel);
                  frame.put("lineLabel", lineLabel);
                  frame.put("labelLabel", labelLabel);
                  return frame;
                })
            .toList();
    m.put("orgName", org.name())
        .put("orgAddress", org.address())
        .text("orgNumbers", "document.orgNumbers", org.siret(), org.declaration())
        .text("title", "bpf.document.title", String.valueOf(year.year()))
        .text("subject", "bpf.document.subject")
        .text("intro", "bpf.document.intro", String.valueOf(year.year()))
        .put("warned", view.warned())
        .put("banner", view.banner())
        .list("frames", frames)
        .text("rules", "bpf.rules")
        .text("madeAt", "certificate.madeAt", org.city(), m.dates().day(madeOn));
    return Templates.pdf("bpf", m.values());
  }
}
