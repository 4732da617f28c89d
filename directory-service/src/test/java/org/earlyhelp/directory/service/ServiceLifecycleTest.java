package org.earlyhelp.directory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A service's status rules, as plain domain behaviour. */
class ServiceLifecycleTest {

    @Test
    void aServiceCanBeDeactivatedAndReactivated() {
        Service service = Service.create(UUID.randomUUID(), ServiceStatus.ACTIVE);
        service.changeStatus(ServiceStatus.INACTIVE);
        assertThat(service.status.listedByDefault()).isFalse();
        service.changeStatus(ServiceStatus.ACTIVE);
        assertThat(service.status).isEqualTo(ServiceStatus.ACTIVE);
    }

    @Test
    void aDefunctServiceStaysDefunct() {
        Service service = Service.create(UUID.randomUUID(), ServiceStatus.ACTIVE);
        service.changeStatus(ServiceStatus.DEFUNCT);
        assertThatThrownBy(() -> service.changeStatus(ServiceStatus.ACTIVE)).isInstanceOf(IllegalStateException.class);
        assertThat(service.status).isEqualTo(ServiceStatus.DEFUNCT);
    }

    @Test
    void statusesUseOruksSpelling() {
        assertThat(ServiceStatus.fromValue("temporarily closed")).isEqualTo(ServiceStatus.TEMPORARILY_CLOSED);
        assertThat(ServiceStatus.TEMPORARILY_CLOSED.listedByDefault()).isTrue();
        assertThatThrownBy(() -> ServiceStatus.fromValue("open")).isInstanceOf(IllegalArgumentException.class);
    }
}
