package fr.relais.demo;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the HTTP sessions this server has created, so that the benchmark can tell whether
 * anonymous visitors cost one (read through {@link BenchResource}, in demo mode only).
 */
@WebListener
public class HttpSessionCounter implements HttpSessionListener {

  private static final AtomicLong CREATED = new AtomicLong();

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    CREATED.incrementAndGet();
  }

  static long created() {
    return CREATED.get();
  }
}
