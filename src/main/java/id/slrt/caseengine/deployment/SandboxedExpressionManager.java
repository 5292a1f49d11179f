package id.slrt.caseengine.deployment;

import java.beans.FeatureDescriptor;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Optional;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.FunctionMapper;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MethodNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The engine's expression manager with {@link DiagramSandbox}'s rules built into name resolution: Camunda's
 * Spring expression manager resolves every Spring bean by name and ends with a {@code BeanELResolver} that calls
 * any public method of any object (so {@code ${''.getClass().forName(...)}} reached the OS). Here identifiers are
 * variables or diagram beans only, maps, lists and arrays are read-only, and every other property read or method
 * call is refused unless the sandbox allows it. It applies to every expression the engine evaluates: diagrams of
 * every deployment (old ones included), DMN in JUEL, Tasklist filter queries.
 */
public class SandboxedExpressionManager extends SpringExpressionManager {

    private final DiagramSandbox sandbox;

    public SandboxedExpressionManager(ApplicationContext context, DiagramSandbox sandbox) {
        super(context, null);
        this.sandbox = sandbox;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new DiagramBeanResolver(sandbox));
        resolver.add(new ArrayELResolver(true));
        resolver.add(new ListELResolver(true));
        resolver.add(new MapELResolver(true));
        resolver.add(new AllowedMethodsResolver(sandbox));
        return resolver;
    }

    /** Only the sandbox's functions; a diagram naming another (Spin's {@code S()}, say) fails to evaluate. */
    @Override
    protected FunctionMapper createFunctionMapper() {
        return new FunctionMapper() {
            @Override
            public Method resolveFunction(String prefix, String localName) {
                boolean plain = prefix == null || prefix.isBlank();
                return plain && DiagramSandbox.FUNCTIONS.contains(localName) ? functions.get(localName) : null;
            }
        };
    }

    /** Resolves a top-level name that is not a variable to a generic step or a diagram-functions bean. */
    static final class DiagramBeanResolver extends ReadOnlyResolver {
        private final DiagramSandbox sandbox;

        DiagramBeanResolver(DiagramSandbox sandbox) {
            this.sandbox = sandbox;
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null && property instanceof String name) {
                Optional<Object> bean = sandbox.diagramBean(name);
                if (bean.isPresent()) {
                    context.setPropertyResolved(true);
                    return bean.get();
                }
            }
            return null;
        }
    }

    /**
     * The last resolver: a method call the sandbox allows is made (by a plain {@code BeanELResolver}); every other
     * method call, and every property read of an object that is not a map, list or array, is refused.
     */
    static final class AllowedMethodsResolver extends ReadOnlyResolver {
        private final DiagramSandbox sandbox;
        private final BeanELResolver invoker = new BeanELResolver(true);

        AllowedMethodsResolver(DiagramSandbox sandbox) {
            this.sandbox = sandbox;
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
            if (base == null) {
                return null;
            }
            String name = String.valueOf(method);
            if (!sandbox.mayInvoke(base, name)) {
                throw new MethodNotFoundException("Ekspresi diagram tidak boleh memanggil "
                        + ClassUtils.getUserClass(base).getSimpleName() + "." + name + "(...)");
            }
            return invoker.invoke(context, base, method, types, params);
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base != null) {
                throw refused(base, property);
            }
            return null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            if (base != null) {
                throw refused(base, property);
            }
            return null;
        }

        private static PropertyNotFoundException refused(Object base, Object property) {
            return new PropertyNotFoundException("Ekspresi diagram tidak boleh membaca properti '" + property
                    + "' dari " + ClassUtils.getUserClass(base).getSimpleName());
        }
    }

    /** A resolver that never writes and describes nothing. */
    abstract static class ReadOnlyResolver extends ELResolver {
        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            // not resolved here: a later resolver (or none) handles it
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return true;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return Object.class;
        }
    }
}
