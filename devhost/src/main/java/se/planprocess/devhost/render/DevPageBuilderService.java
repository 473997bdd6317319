package se.planprocess.devhost.render;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.LinkedHashSet;
import java.util.Set;

/** Collects the web resources required while one page renders (per request thread). */
public final class DevPageBuilderService implements PageBuilderService {
    private final ThreadLocal<Set<String>> required = ThreadLocal.withInitial(LinkedHashSet::new);

    @Override
    public WebResourceAssembler assembler() {
        return () -> new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                required.get().add(moduleCompleteKey);
                return this;
            }
        };
    }

    /** The keys required so far on this thread; clears them. */
    public Set<String> drain() {
        Set<String> keys = new LinkedHashSet<>(required.get());
        required.remove();
        return keys;
    }
}
