package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributesTest {
    private static final String[] HOOKS = {"__setattr__", "__delattr__", "__getattribute__", "__getattr__",
        "__get__", "__set__", "__delete__"};
    private static final int[] BITS = {PyClass.SETATTR, PyClass.DELATTR, PyClass.GETATTRIBUTE, PyClass.GETATTR,
        PyClass.DESC_GET, PyClass.DESC_SET, PyClass.DESC_DELETE};

    private static PyClass cls(String name, PyClass... bases) {
        return PyClass.user(name, "__main__", bases.length == 0 ? new PyClass[] {Types.OBJECT} : bases,
                new HashMap<>());
    }

    /** The hook bits must always equal a recomputation from the dicts along the MRO. */
    private static void assertBitsMatchDicts(PyClass c) {
        for (int i = 0; i < HOOKS.length; i++) {
            boolean defined = false;
            for (PyClass k : c.mro) {
                defined |= !k.isBuiltin() && k.dictView().containsKey(HOOKS[i]);
            }
            assertThat(c.has(BITS[i])).as(c.name + " " + HOOKS[i]).isEqualTo(defined);
        }
    }

    @Test
    void hookBitsFollowEveryAssignmentAndDeletionOnAnyClassOfTheHierarchy() {
        // each step: (class index, hook index, set or delete)
        qt().forAll(lists().of(integers().between(0, 3 * HOOKS.length * 2 - 1)).ofSizeBetween(0, 40))
                .checkAssert(steps -> {
                    PyClass a = cls("A");
                    PyClass b = cls("B", a);
                    PyClass c = cls("C", b, cls("M"));
                    List<PyClass> all = List.of(a, b, c);
                    for (int step : steps) {
                        PyClass target = all.get(step % 3);
                        String hook = HOOKS[(step / 3) % HOOKS.length];
                        if (step / (3 * HOOKS.length) == 0) {
                            target.setAttr(hook, new BuiltinFunction(hook, (x, k) -> PyNone.NONE));
                        } else {
                            target.delAttr(hook);
                        }
                        all.forEach(AttributesTest::assertBitsMatchDicts);
                    }
                });
    }

    @Test
    void plainClassesHaveNoHooksAndTheirInstancesADict() {
        PyClass plain = cls("Plain", cls("Base"));
        for (int bit : BITS) {
            assertThat(plain.has(bit)).isFalse();
        }
        PyInstance inst = new PyInstance(plain);
        Ops.setAttr(inst, "x", 1L);
        assertThat(inst.dict).containsEntry("x", 1L);
        assertThat(Ops.getAttr(inst, "__dict__")).isSameAs(inst.dict);
    }

    @Test
    void slotValuesLiveInTheInstanceArrayAfterTheBaseSlots() {
        HashMap<String, Object> ns = new HashMap<>();
        ns.put("__slots__", new PyTuple(new Object[] {"a", "b"}));
        PyClass base = PyClass.user("S", "__main__", new PyClass[] {Types.OBJECT}, ns);
        HashMap<String, Object> subNs = new HashMap<>();
        subNs.put("__slots__", "c");
        PyClass sub = PyClass.user("T", "__main__", new PyClass[] {base}, subNs);
        assertThat(sub.slotCount).isEqualTo(3);
        assertThat(sub.instanceDict).isFalse();
        PyInstance t = new PyInstance(sub);
        Ops.setAttr(t, "c", 3L);
        Ops.setAttr(t, "a", 1L);
        assertThat(t.slots).containsExactly(1L, null, 3L);
        assertThat(t.dict).isNull();
        assertThatThrownBy(() -> Ops.setAttr(t, "z", 0L)).isInstanceOf(PyException.class)
                .hasMessage("AttributeError: 'T' object has no attribute 'z'");
        assertThatThrownBy(() -> Ops.getAttr(t, "b")).isInstanceOf(PyException.class)
                .hasMessage("AttributeError: 'T' object has no attribute 'b'");
    }

    /**
     * A getattr site ({@code getattr(obj, "x", default)} compiled with its name constant) must answer
     * what the uncached lookup does after any mix of instance and class attribute changes, for two
     * instances of two classes read alternately through the same site (its cache holds a few).
     */
    @Test
    void getattrSiteAgreesWithTheUncachedLookupAcrossChanges() {
        qt().forAll(lists().of(integers().between(0, 15)).ofSizeBetween(0, 40)).checkAssert(steps -> {
            PyClass base = cls("Base");
            PyClass sub = cls("Sub", base);
            List<PyInstance> objects = List.of(new PyInstance(base), new PyInstance(sub));
            List<PyClass> classes = List.of(base, sub);
            AttrSite site = new AttrSite("x");
            long value = 0;
            for (int step : steps) {
                int which = step % 2;
                switch (step / 2) {
                    case 0 -> Ops.setAttr(objects.get(which), "x", value++);
                    case 1 -> Ops.setAttr(classes.get(which), "x", value++);
                    case 2 -> Ops.setAttr(objects.get(which), "other" + value, value++); // another layout
                    case 3 -> {
                        if (objects.get(which).dict != null && objects.get(which).dict.containsKey("x")) {
                            Ops.delAttr(objects.get(which), "x");
                        }
                    }
                    case 4 -> {
                        if (classes.get(which).dictView().containsKey("x")) {
                            Ops.delAttr(classes.get(which), "x");
                        }
                    }
                    default -> { } // only read
                }
                for (PyInstance o : objects) {
                    assertThat(site.getOrNull(o)).as("after %s", steps).isEqualTo(Ops.getAttrOrMissing(o, "x"));
                    assertThat(site.getOrNull(o)).isEqualTo(Ops.getAttrOrMissing(o, "x"));
                }
            }
        });
    }
}
