package fr.relais.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** The address the browser asked for, even when a welcome file or FacesViews forwarded it. */
@Named
@RequestScoped
public class CurrentPage {

  @Inject private HttpServletRequest request;

  /** Path and query string, for "come back here" links (language switch, sign-in). */
  public String getUri() {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
    Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    String query = forwarded != null ? (String) forwardedQuery : request.getQueryString();
    return query == null || query.isEmpty() ? path : path + "?" + query;
  }
}
