package fr.relais.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro booted once for all in-container test classes instead of once per class (a boot is
 * 20–25 s). The first class's deployment is widened to every in-container class's ({@link
 * InContainerTests#union}); the following classes get the running one, and it is undeployed when
 * Arquillian stops the container at the end of the run. The tests share one database anyway, so
 * each already makes its own data.
 */
public final class SharedPayaraMicro extends PayaraMicroDeployableContainer {

  private Archive<?> deployed;
  private ProtocolMetaData running;

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (running == null) {
      Archive<?> union = InContainerTests.union(archive);
      running = super.deploy(union);
      deployed = union;
    }
    return running;
  }

  @Override
  public void undeploy(Archive<?> archive) {
    // Kept for the next test class; stop() undeploys.
  }

  @Override
  public synchronized void stop() throws LifecycleException {
    if (deployed != null) {
      try {
        super.undeploy(deployed);
      } catch (DeploymentException e) {
        throw new LifecycleException("Cannot stop the shared Payara Micro", e);
      } finally {
        deployed = null;
        running = null;
      }
    }
    super.stop();
  }
}
