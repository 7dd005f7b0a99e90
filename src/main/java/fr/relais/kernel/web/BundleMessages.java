package fr.relais.kernel.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.omnifaces.util.Messages;

/**
 * OmniFaces' {@link Messages} take bundle keys: each message is looked up in the page's language
 * (OmniFaces allows one resolver per application, set before the first request).
 */
@WebListener
public class BundleMessages implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Messages.setResolver(Feedback::text);
  }
}
