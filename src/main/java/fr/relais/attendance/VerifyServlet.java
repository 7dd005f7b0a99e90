package fr.relais.attendance;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * /verify/{code}: the address printed on certificates. Hands the code to the verification page
 * (which keeps the layout). Open to everyone.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

  static final String CODE = "relais.verify.code";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    request.setAttribute(CODE, path == null ? "" : path.substring(1));
    request.getRequestDispatcher("/attendance/verify").forward(request, response);
  }
}
