package fr.relais.survey;

import fr.relais.kernel.BusinessException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * /survey/start?t=…: the link of a survey mail. A good link opens that survey (and only it) in this
 * browser; a used, expired or unknown one says so on the answer page. Open to everyone.
 */
@WebServlet("/survey/start")
public class SurveyLinkServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private SurveyLinks links;
  @Inject private SurveyPass pass;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    try {
      long invitation = links.redeem(request.getParameter("t"));
      if (request.getSession(false) != null) {
        request.changeSessionId(); // a link is a kind of sign-in: a fresh session id
      }
      pass.grant(invitation);
      response.sendRedirect(request.getContextPath() + "/survey/answer?i=" + invitation);
    } catch (BusinessException refused) {
      response.sendRedirect(
          request.getContextPath() + "/survey/answer?link=" + refused.getMessageKey());
    }
  }
}
