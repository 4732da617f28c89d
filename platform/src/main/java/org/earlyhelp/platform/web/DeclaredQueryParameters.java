package org.earlyhelp.platform.web;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.ProblemKind;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses query parameters an operation does not declare, with a 400 naming each: like an
 * unknown JSON field, a misspelt filter ({@code ?stauts=open}) or one the operation does not
 * have would otherwise be ignored and the answer would hold more than the caller asked for
 * (decision 0016). The declared names are read once per resource method from its
 * {@code @QueryParam}/{@code @RestQuery} parameters and {@code @BeanParam} classes. A value
 * holding the NUL character is refused too: no filter can match it, and PostgreSQL cannot
 * take it as text.
 */
class DeclaredQueryParameters {

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    Response refuseUndeclared(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || request.getUriInfo().getQueryParameters().isEmpty()) {
            return null;
        }
        Set<String> names = declared.computeIfAbsent(method, ignored -> declaredBy(resource.getResourceClass(), method));
        List<Problem.Violation> refused = new ArrayList<>();
        request.getUriInfo().getQueryParameters().forEach((name, values) -> {
            if (!names.contains(name)) {
                refused.add(new Problem.Violation(name, "is not a query parameter of this operation"));
            } else if (values.stream().anyMatch(value -> value.indexOf('\u0000') >= 0)) {
                refused.add(new Problem.Violation(name, "may not contain the NUL character"));
            }
        });
        if (refused.isEmpty()) {
            return null;
        }
        refused.sort(Comparator.comparing(Problem.Violation::field));
        return Problems.response(Problem.of(ProblemKind.VALIDATION,
                "The request has query parameters this operation does not take or cannot read").withViolations(refused)
                .at(request.getUriInfo().getPath(), null));
    }

    private static Set<String> declaredBy(Class<?> resourceClass, Method method) {
        Set<String> names = new HashSet<>(fieldsOf(resourceClass));
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            names.addAll(named(parameters[i], parameters[i].getName(), parameters[i].getType()));
        }
        return Set.copyOf(names);
    }

    /** Query parameters bound to fields or setters of a resource or bean parameter class, and of the beans within it. */
    private static Set<String> fieldsOf(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                names.addAll(named(field, field.getName(), field.getType()));
            }
            for (Method setter : current.getDeclaredMethods()) {
                names.addAll(named(setter, setter.getName(), setter.getParameterCount() == 1 ? setter.getParameterTypes()[0] : null));
            }
        }
        return names;
    }

    private static Set<String> named(AnnotatedElement element, String javaName, Class<?> type) {
        Set<String> names = new HashSet<>();
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation instanceof QueryParam query) {
                names.add(query.value());
            } else if (annotation instanceof RestQuery query) {
                names.add(query.value().isEmpty() ? javaName : query.value());
            } else if (annotation instanceof BeanParam && type != null && !type.isPrimitive()) {
                names.addAll(fieldsOf(type));
            }
        }
        return names;
    }
}
