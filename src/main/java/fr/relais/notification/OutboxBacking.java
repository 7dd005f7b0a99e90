package fr.relais.notification;

import fr.relais.kernel.audit.AuditService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * "Boîte d'envoi": every mail Relais queued, newest first, with its status; in demo mode the
 * embedded SMTP server catches them, so this is what participants would receive. Roles: ADMIN.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OutboxRepository outbox;
  @Inject private MailDispatcher dispatcher;
  @Inject private AuditService audit;

  private LazyDataModel<OutboxMail> mails;
  private OutboxMail opened;

  @PostConstruct
  void init() {
    mails = new Mails();
  }

  public void open(OutboxMail mail) {
    opened = mail;
    audit.viewed("mail", mail.getId(), "outbox-mail");
  }

  public void sendNow() {
    dispatcher.kick();
  }

  public LazyDataModel<OutboxMail> getMails() {
    return mails;
  }

  public OutboxMail getOpened() {
    return opened;
  }

  private final class Mails extends LazyDataModel<OutboxMail> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return outbox.count();
    }

    @Override
    public List<OutboxMail> load(
        int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      return outbox.newestFirst(first, size);
    }

    @Override
    public String getRowKey(OutboxMail mail) {
      return String.valueOf(mail.getId());
    }
  }
}
