package org.yusuan.budget.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library: abstract value types named for the domain ({@code
 * BudgetUnit}), generated implementations named {@code Immutable…}, accessors without {@code get},
 * builders that reject a missing mandatory attribute, {@code with…} copies declared through a
 * generated {@code With…} interface, and no {@code null} anywhere.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
// SOURCE: the style is read by the processor while core compiles, and must not reach users' class
// files, where javadoc and javac would look for the Immutables classes it names.
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        typeAbstract = "*",
        typeImmutable = "Immutable*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        get = {"is*", "get*"},
        optionalAcceptNullable = false,
        jdkOnly = true,
        // builders build the domain type (Project), not the generated one (ImmutableProject)
        overshadowImplementation = true,
        // Emit no org.immutables.value.Generated: it is not on users' classpath (the processor is
        // `provided`), and javac would warn about it in every module compiled against ours.
        allowedClasspathAnnotations = {Override.class},
        allParameters = false,
        defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
