package fr.relais.trainers;

import fr.relais.people.Account;
import fr.relais.people.Role;
import fr.relais.programme.ProgrammeRepository;
import fr.relais.programme.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Trainers: accounts with the TRAINER role, and their profiles. */
@ApplicationScoped
public class TrainerRepository {

  @PersistenceContext private EntityManager em;
  @Inject private ProgrammeRepository programme;

  /** Every trainer account, by name. */
  public List<Account> trainers() {
    return em.createQuery(
            "SELECT a FROM Account a WHERE :role MEMBER OF a.roles ORDER BY a.lastName, a.firstName",
            Account.class)
        .setParameter("role", Role.TRAINER)
        .getResultList();
  }

  public Optional<TrainerProfile> profile(long accountId) {
    return Optional.ofNullable(em.find(TrainerProfile.class, accountId));
  }

  public Optional<TrainerProfile> byFeedToken(String token) {
    return em.createQuery(
            "SELECT p FROM TrainerProfile p JOIN FETCH p.account WHERE p.feedToken = :token",
            TrainerProfile.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst();
  }

  /** Each trainer's themes as one sorted, comma-separated line, read in one query. */
  public Map<Long, String> themeNamesByTrainer() {
    return em.createQuery(
            "SELECT p.accountId, t.nameFr FROM TrainerProfile p JOIN p.themes t ORDER BY t.nameFr",
            Object[].class)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                row -> (Long) row[0],
                Collectors.mapping(row -> (String) row[1], Collectors.joining(", "))));
  }

  /** The accounts of external trainers (BPF frame E). */
  public java.util.Set<Long> externalTrainers() {
    return new java.util.HashSet<>(
        em.createQuery(
                "SELECT p.accountId FROM TrainerProfile p WHERE p.external = true", Long.class)
            .getResultList());
  }

  /** The themes a trainer may be described with (programme's). */
  public List<Theme> themes() {
    return programme.themes();
  }

  public void persist(Object entity) {
    em.persist(entity);
    em.flush();
  }
}
