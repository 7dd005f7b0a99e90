package fr.relais.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the shared test environment before the first integration test (so Arquillian finds its
 * settings) and stops it after the last. Unit tests (surefire) do not set relais.it and pay
 * nothing.
 */
public class TestSessionListener implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (Boolean.getBoolean("relais.it")) {
      TestEnvironment.get();
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (Boolean.getBoolean("relais.it")) {
      TestEnvironment.stop();
    }
  }
}
