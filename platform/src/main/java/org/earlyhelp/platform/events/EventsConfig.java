package org.earlyhelp.platform.events;

import java.time.Duration;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "earlyhelp.events")
interface EventsConfig {

    Feed feed();

    interface Feed {

        /**
         * Realm roles whose holders (other services' accounts, following this feed) read every
         * event. A partner-agency system never does, whatever its roles: it reads its agency's events.
         */
        @WithDefault("event-consumer")
        Set<String> serviceRoles();

        /**
         * Whether partner-agency systems read this feed (their agency's events). A service whose records partner
         * systems may not read (consent-service: consent records) turns this off, so its feed does not hand them out.
         */
        @WithDefault("true")
        boolean partnerSystems();

        /** How often a long-polling request ({@code wait}) looks for new events. */
        @WithDefault("500ms")
        Duration longPollInterval();
    }
}
