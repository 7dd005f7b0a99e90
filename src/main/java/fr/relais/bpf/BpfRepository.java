package fr.relais.bpf;

import fr.relais.kernel.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Runs the BPF's SQL reads (the year's facts and warnings) with positional parameters. */
@ApplicationScoped
public class BpfRepository {

  @PersistenceContext private EntityManager em;

  /** The rows of a native query; values bound to ?1, ?2… in order. */
  public List<Object[]> rows(String sql, Object... values) {
    return NativeSql.rows(em.createNativeQuery(sql), values);
  }
}
