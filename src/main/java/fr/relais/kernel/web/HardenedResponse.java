package fr.relais.kernel.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Completes every Set-Cookie header before the answer leaves (see {@link CookieAttributes}) and,
 * for a personal answer, keeps {@code Cache-Control: no-store} whatever the code behind sets. The
 * container adds its session cookie to the headers itself, bypassing any wrapper: so the headers
 * are checked again before anything that may commit the answer (a write, a flush, a redirect, an
 * error) and when the chain returns.
 */
final class HardenedResponse extends HttpServletResponseWrapper {

  private final boolean secure;
  private final boolean personal;
  private ServletOutputStream stream;
  private PrintWriter writer;

  HardenedResponse(HttpServletResponse response, boolean secure, boolean personal) {
    super(response);
    this.secure = secure;
    this.personal = personal;
  }

  /** Rewrites the Set-Cookie headers that lack an attribute, keeping their order. */
  void completeCookies() {
    if (isCommitted()) {
      return;
    }
    List<String> sent = new ArrayList<>(getHeaders("Set-Cookie"));
    List<String> completed = sent.stream().map(c -> CookieAttributes.complete(c, secure)).toList();
    if (sent.equals(completed)) {
      return;
    }
    super.setHeader("Set-Cookie", completed.get(0));
    for (String cookie : completed.subList(1, completed.size())) {
      super.addHeader("Set-Cookie", cookie);
    }
  }

  @Override
  public void addCookie(Cookie cookie) {
    super.addCookie(cookie);
    completeCookies();
  }

  @Override
  public void setHeader(String name, String value) {
    if (keepsNoStore(name)) {
      return;
    }
    super.setHeader(name, isSetCookie(name) ? CookieAttributes.complete(value, secure) : value);
  }

  @Override
  public void addHeader(String name, String value) {
    if (keepsNoStore(name)) {
      return;
    }
    super.addHeader(name, isSetCookie(name) ? CookieAttributes.complete(value, secure) : value);
  }

  private boolean keepsNoStore(String header) {
    return personal && "Cache-Control".equalsIgnoreCase(header);
  }

  private static boolean isSetCookie(String header) {
    return "Set-Cookie".equalsIgnoreCase(header);
  }

  @Override
  public void flushBuffer() throws IOException {
    completeCookies();
    super.flushBuffer();
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    completeCookies();
    super.sendRedirect(location);
  }

  @Override
  public void sendError(int status) throws IOException {
    completeCookies();
    super.sendError(status);
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    completeCookies();
    super.sendError(status, message);
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      stream = new CheckedStream(super.getOutputStream());
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      writer = new CheckedWriter(super.getWriter());
    }
    return writer;
  }

  /** The container's stream, the cookies completed before each write that may commit. */
  private final class CheckedStream extends ServletOutputStream {
    private final ServletOutputStream out;

    CheckedStream(ServletOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      completeCookies();
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      completeCookies();
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      completeCookies();
      out.flush();
    }

    @Override
    public void close() throws IOException {
      completeCookies();
      out.close();
    }

    @Override
    public boolean isReady() {
      return out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      out.setWriteListener(listener);
    }
  }

  /** The container's writer, the cookies completed before each write that may commit. */
  private final class CheckedWriter extends PrintWriter {

    CheckedWriter(PrintWriter out) {
      super(out);
    }

    @Override
    public void write(int c) {
      completeCookies();
      super.write(c);
    }

    @Override
    public void write(char[] buf, int off, int len) {
      completeCookies();
      super.write(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
      completeCookies();
      super.write(s, off, len);
    }

    @Override
    public void flush() {
      completeCookies();
      super.flush();
    }

    @Override
    public void close() {
      completeCookies();
      super.close();
    }
  }
}
