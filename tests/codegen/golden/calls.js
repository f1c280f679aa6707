f(1, 2);
o.m(a, ...b);
new C(1);
new C(...args);
o?.m?.();
(o.m)();
a?.b.c(d);
