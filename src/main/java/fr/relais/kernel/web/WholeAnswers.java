package fr.relais.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps an answer in memory until it is complete, up to {@link #BUFFER} bytes, and then sends it
 * whole, with its length. When an instance of a cluster dies while rendering a page, the load
 * balancer has received nothing yet and sends the request to another instance; an answer already
 * half sent (the container's default 8 KB buffer is smaller than most pages) cannot be resent, and
 * the person saw a broken page (docs/operations.md, "Drills").
 */
public class WholeAnswers extends HttpFilter {

  /** Larger than every page but the longest lists; those are sent in parts, as before. */
  static final int BUFFER = 128 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setBufferSize(BUFFER);
    chain.doFilter(request, response);
  }
}
