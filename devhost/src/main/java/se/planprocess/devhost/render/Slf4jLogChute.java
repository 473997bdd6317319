package se.planprocess.devhost.render;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.log.LogChute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Velocity's log to SLF4J (so no velocity.log file appears in the working directory). */
public final class Slf4jLogChute implements LogChute {
    private static final Logger LOG = LoggerFactory.getLogger("velocity");

    @Override
    public void init(RuntimeServices services) {
        // nothing to set up
    }

    @Override
    public void log(int level, String message) {
        log(level, message, null);
    }

    @Override
    public void log(int level, String message, Throwable t) {
        if (level >= ERROR_ID) {
            LOG.error(message, t);
        } else if (level == WARN_ID) {
            LOG.warn(message, t);
        } else {
            LOG.debug(message, t);
        }
    }

    @Override
    public boolean isLevelEnabled(int level) {
        return level >= WARN_ID || LOG.isDebugEnabled();
    }
}
