var By = (e) => typeof e == "function",
  p = function(e, t) {
    if (typeof e == "function") {
      return function() {
        return e(arguments) ? t.apply(this, arguments) : (r) => t(r, ...arguments)
      }
    }
    switch (e) {
      case 0:
      case 1:
        throw new RangeError(`Invalid arity ${e}`)
      case 2:
        return function(r, n) {
          return arguments.length >= 2 ? t(r, n) : function(o) {
            return t(o, r)
          }
        }
      case 3:
        return function(r, n, o) {
          return arguments.length >= 3 ? t(r, n, o) : function(s) {
            return t(s, r, n)
          }
        }
      case 4:
        return function(r, n, o, s) {
          return arguments.length >= 4 ? t(r, n, o, s) : function(i) {
            return t(i, r, n, o)
          }
        }
      case 5:
        return function(r, n, o, s, i) {
          return arguments.length >= 5 ? t(r, n, o, s, i) : function(a) {
            return t(a, r, n, o, s)
          }
        }
      default:
        return function() {
          if (arguments.length >= e) return t.apply(this, arguments)
          let r = arguments
          return function(n) {
            return t(n, ...r)
          }
        }
    }
  }
var v = (e) => e
var wp = (e) => () => e, un = wp(!0), pn = wp(!1)
var xd = wp(void 0), Ur = xd
function d(e, t, r, n, o, s, i, a, c) {
  switch (arguments.length) {
    case 1:
      return e
    case 2:
      return t(e)
    case 3:
      return r(t(e))
    case 4:
      return n(r(t(e)))
    case 5:
      return o(n(r(t(e))))
    case 6:
      return s(o(n(r(t(e)))))
    case 7:
      return i(s(o(n(r(t(e))))))
    case 8:
      return a(i(s(o(n(r(t(e)))))))
    case 9:
      return c(a(i(s(o(n(r(t(e))))))))
    default: {
      let u = arguments[0]
      for (let l = 1; l < arguments.length; l++) u = arguments[l](u)
      return u
    }
  }
}
var xo = (e) => (t, r) => t === r || e(t, r), TW = (e, t) => e === t, RW = () => TW
var IW = RW()
var zy = p(2, (e, t) => xo((r, n) => e(t(r), t(n)))), yT = zy(IW, (e) => e.getTime())
var ET = (e) =>
  xo((t, r) => {
    if (t.length !== r.length) return !1
    for (let n = 0; n < t.length; n++) if (!e(t[n], r[n])) return !1
    return !0
  })
var ST = "effect/GlobalValue",
  Tp,
  H = (e, t) => (Tp || (globalThis[ST] ??= new Map(), Tp = globalThis[ST]), Tp.has(e) || Tp.set(e, t()), Tp.get(e))
var ut = (e) => typeof e == "string",
  Bt = (e) => typeof e == "number",
  go = (e) => typeof e == "boolean",
  ss = (e) => typeof e == "bigint",
  Ai = (e) => typeof e == "symbol"
var is = By, bT = (e) => e === void 0, CT = (e) => e !== void 0
var gd = (e) => e !== null, _T = (e) => !1
var Rp = (e) => typeof e == "object" && e !== null,
  Ct = (e) => Rp(e) || is(e),
  I = p(2, (e, t) => Ct(e) && t in e),
  Ip = p(2, (e, t) => I(e, "_tag") && e._tag === t),
  Pi = (e) => e == null,
  OT = (e) => e != null
var yd = (e) => e instanceof Date,
  Ap = (e) => typeof e == "string" || I(e, Symbol.iterator),
  $y = (e) => Rp(e) && !Array.isArray(e)
var kT = (e) => I(e, "then") && is(e.then)
var Fi = (e) => `BUG: ${e} - please report an issue at https://github.com/Effect-TS/effect/issues`
var jy = Symbol.for("effect/Gen/GenKind"),
  TT = (e) => Ct(e) && jy in e,
  Ky = class {
    value
    constructor(t) {
      this.value = t
    }
    get _F() {
      return v
    }
    get _R() {
      return (t) => t
    }
    get _O() {
      return (t) => t
    }
    get _E() {
      return (t) => t
    }
    [jy] = jy;
    [Symbol.iterator]() {
      return new Mi(this)
    }
  },
  Mi = class e {
    self
    called = !1
    constructor(t) {
      this.self = t
    }
    next(t) {
      return this.called ? { value: t, done: !0 } : (this.called = !0, { value: this.self, done: !1 })
    }
    return(t) {
      return { value: t, done: !0 }
    }
    throw(t) {
      throw t
    }
    [Symbol.iterator]() {
      return new e(this.self)
    }
  }
var RT = () =>
    function() {
      let e = arguments[0]
      for (let t = 1; t < arguments.length; t++) e = arguments[t](e)
      return new Ky(e)
    },
  AW = 335903614,
  PW = 4150755663,
  FW = 1481765933,
  MW = 1284865837,
  vW = 9007199254740992,
  DW = 134217728,
  Ed = class {
    _state
    constructor(t, r, n, o) {
      return Pi(r) && Pi(t) ? (r = Math.random() * 4294967295 >>> 0, t = 0) : Pi(r) && (r = t, t = 0),
        Pi(o) && Pi(n)
          ? (o = this._state ? this._state[3] : PW, n = this._state ? this._state[2] : AW)
          : Pi(o) && (o = n, n = 0),
        this._state = new Int32Array([0, 0, n >>> 0, ((o || 0) | 1) >>> 0]),
        this._next(),
        wT(this._state, this._state[0], this._state[1], t >>> 0, r >>> 0),
        this._next(),
        this
    }
    getState() {
      return [this._state[0], this._state[1], this._state[2], this._state[3]]
    }
    setState(t) {
      this._state[0] = t[0], this._state[1] = t[1], this._state[2] = t[2], this._state[3] = t[3] | 1
    }
    integer(t) {
      return Math.round(this.number() * Number.MAX_SAFE_INTEGER) % t
    }
    number() {
      let t = (this._next() & 67108863) * 1, r = (this._next() & 134217727) * 1
      return (t * DW + r) / vW
    }
    _next() {
      let t = this._state[0] >>> 0, r = this._state[1] >>> 0
      NW(this._state, t, r, FW, MW), wT(this._state, this._state[0], this._state[1], this._state[2], this._state[3])
      let n = t >>> 18, o = (r >>> 18 | t << 14) >>> 0
      n = (n ^ t) >>> 0, o = (o ^ r) >>> 0
      let s = (o >>> 27 | n << 5) >>> 0, i = t >>> 27, a = (-i >>> 0 & 31) >>> 0
      return (s >>> i | s << a) >>> 0
    }
  }
function NW(e, t, r, n, o) {
  let s = (r >>> 16) * (o & 65535) >>> 0,
    i = (r & 65535) * (o >>> 16) >>> 0,
    a = (r & 65535) * (o & 65535) >>> 0,
    c = (r >>> 16) * (o >>> 16) + ((i >>> 16) + (s >>> 16)) >>> 0
  i = i << 16 >>> 0,
    a = a + i >>> 0,
    a >>> 0 < i >>> 0 && (c = c + 1 >>> 0),
    s = s << 16 >>> 0,
    a = a + s >>> 0,
    a >>> 0 < s >>> 0 && (c = c + 1 >>> 0),
    c = c + Math.imul(r, n) >>> 0,
    c = c + Math.imul(t, o) >>> 0,
    e[0] = c,
    e[1] = a
}
function wT(e, t, r, n, o) {
  let s = t + n >>> 0, i = r + o >>> 0
  i >>> 0 < r >>> 0 && (s = s + 1 | 0), e[0] = s, e[1] = i
}
var Gy = Symbol.for("effect/Utils/YieldWrap"),
  Bn = class {
    #e
    constructor(t) {
      this.#e = t
    }
    [Gy]() {
      return this.#e
    }
  }
function Pp(e) {
  if (typeof e == "object" && e !== null && Gy in e) return e[Gy]()
  throw new Error(Fi("yieldWrapGet"))
}
var rr = H("effect/Utils/isStructuralRegion", () => ({ enabled: !1, tester: void 0 }))
var IT = { effect_internal_function: (e) => e() },
  LW = { effect_internal_function: (e) => e() },
  UW = IT.effect_internal_function(() => new Error().stack)?.includes("effect_internal_function") === !0,
  tt = UW ? IT.effect_internal_function : LW.effect_internal_function,
  S5 = function*() {}.constructor
var Vy = H(Symbol.for("effect/Hash/randomHashCache"), () => new WeakMap()),
  D = Symbol.for("effect/Hash"),
  T = (e) => {
    if (rr.enabled === !0) return 0
    switch (typeof e) {
      case "number":
        return vi(e)
      case "bigint":
        return ce(e.toString(10))
      case "boolean":
        return ce(String(e))
      case "symbol":
        return ce(String(e))
      case "string":
        return ce(e)
      case "undefined":
        return ce("undefined")
      case "function":
      case "object":
        return e === null
          ? ce("null")
          : e instanceof Date
          ? Number.isNaN(e.getTime()) ? ce("Invalid Date") : T(e.toISOString())
          : e instanceof URL
          ? T(e.href)
          : qW(e)
          ? e[D]()
          : _c(e)
      default:
        throw new Error(
          `BUG: unhandled typeof ${typeof e} - please report an issue at https://github.com/Effect-TS/effect/issues`
        )
    }
  },
  _c = (e) => (Vy.has(e) || Vy.set(e, vi(Math.floor(Math.random() * Number.MAX_SAFE_INTEGER))), Vy.get(e)),
  B = (e) => (t) => t * 53 ^ e,
  Sd = (e) => e & 3221225471 | e >>> 1 & 1073741824,
  qW = (e) => I(e, D),
  vi = (e) => {
    if (e !== e || e === 1 / 0) return 0
    let t = e | 0
    for (t !== e && (t ^= e * 4294967295); e > 4294967295;) t ^= e /= 4294967295
    return Sd(t)
  },
  ce = (e) => {
    let t = 5381, r = e.length
    for (; r;) t = t * 33 ^ e.charCodeAt(--r)
    return Sd(t)
  },
  HW = (e, t) => {
    let r = 12289
    for (let n = 0; n < t.length; n++) r ^= d(ce(t[n]), B(T(e[t[n]])))
    return Sd(r)
  },
  bd = (e) => HW(e, Object.keys(e)),
  nr = (e) => {
    let t = 6151
    for (let r = 0; r < e.length; r++) t = d(t, B(T(e[r])))
    return Sd(t)
  },
  G = function() {
    if (arguments.length === 1) {
      let r = arguments[0]
      return function(n) {
        return Object.defineProperty(r, D, {
          value() {
            return n
          },
          enumerable: !1
        }),
          n
      }
    }
    let e = arguments[0], t = arguments[1]
    return Object.defineProperty(e, D, {
      value() {
        return t
      },
      enumerable: !1
    }),
      t
  }
var M = Symbol.for("effect/Equal")
function A() {
  return arguments.length === 1 ? (e) => Cd(e, arguments[0]) : Cd(arguments[0], arguments[1])
}
function Cd(e, t) {
  if (e === t) return !0
  let r = typeof e
  if (r !== typeof t) return !1
  if (r === "object" || r === "function") {
    if (e !== null && t !== null) {
      if (Fp(e) && Fp(t)) return T(e) === T(t) && e[M](t) ? !0 : rr.enabled && rr.tester ? rr.tester(e, t) : !1
      if (e instanceof Date && t instanceof Date) {
        let n = e.getTime(), o = t.getTime()
        return n === o || Number.isNaN(n) && Number.isNaN(o)
      } else if (e instanceof URL && t instanceof URL) return e.href === t.href
    }
    if (rr.enabled) {
      if (e === null || t === null) return !1
      if (Array.isArray(e) && Array.isArray(t)) return e.length === t.length && e.every((n, o) => Cd(n, t[o]))
      if (Object.getPrototypeOf(e) === Object.prototype && Object.getPrototypeOf(t) === Object.prototype) {
        let n = Object.keys(e), o = Object.keys(t)
        if (n.length === o.length) {
          for (let s of n) if (!(s in t && Cd(e[s], t[s]))) return rr.tester ? rr.tester(e, t) : !1
          return !0
        }
      }
      return rr.tester ? rr.tester(e, t) : !1
    }
  }
  return rr.enabled && rr.tester ? rr.tester(e, t) : !1
}
var Fp = (e) => I(e, M), Mp = () => A
var z = Symbol.for("nodejs.util.inspect.custom"),
  ee = (e) => {
    try {
      if (I(e, "toJSON") && is(e.toJSON) && e.toJSON.length === 0) return e.toJSON()
      if (Array.isArray(e)) return e.map(ee)
    } catch {
      return {}
    }
    return us(e)
  },
  Jy = "[Circular]"
function PT(e) {
  try {
    return e.toISOString()
  } catch {
    return "Invalid Date"
  }
}
function WW(e) {
  try {
    let t = e.toString()
    return typeof t == "string" ? t : String(t)
  } catch {
    return "[toString threw]"
  }
}
function cs(e) {
  return ut(e) ? JSON.stringify(e) : String(e)
}
function Cr(e, t) {
  let r = t?.space ?? 0,
    n = new WeakSet(),
    o = r ? Bt(r) ? " ".repeat(r) : r : "",
    s = (u) => o.repeat(u),
    i = (u, l) => {
      let f = u?.constructor
      return f && f !== Object.prototype.constructor && f.name ? `${f.name}(${l})` : l
    },
    a = (u) => {
      try {
        return Reflect.ownKeys(u)
      } catch {
        return ["[ownKeys threw]"]
      }
    }
  function c(u, l = 0) {
    if (Array.isArray(u)) {
      if (n.has(u)) return Jy
      if (n.add(u), !o || u.length <= 1) return `[${u.map((m) => c(m, l)).join(",")}]`
      let f = u.map((m) => c(m, l + 1)).join(
        `,
` + s(l + 1)
      )
      return `[
${s(l + 1)}${f}
${s(l)}]`
    }
    if (yd(u)) return PT(u)
    if (
      !t?.ignoreToString && I(u, "toString") && is(u.toString) && u.toString !== Object.prototype.toString &&
      u.toString !== Array.prototype.toString
    ) {
      let f = WW(u)
      return u instanceof Error && u.cause ? `${f} (cause: ${c(u.cause, l)})` : f
    }
    if (ut(u)) return JSON.stringify(u)
    if (Bt(u) || u == null || go(u) || Ai(u)) return String(u)
    if (ss(u)) return String(u) + "n"
    if (u instanceof Set || u instanceof Map) {
      return n.has(u)
        ? Jy
        : (n.add(u), `${u.constructor.name}(${c(Array.from(u), l)})`)
    }
    if (Ct(u)) {
      if (n.has(u)) return Jy
      n.add(u)
      let f = a(u)
      if (!o || f.length <= 1) {
        let h = `{${f.map((x) => `${cs(x)}:${c(u[x], l)}`).join(",")}}`
        return i(u, h)
      }
      let m = `{
${
        f.map((h) => `${s(l + 1)}${cs(h)}: ${c(u[h], l + 1)}`).join(`,
`)
      }
${s(l)}}`
      return i(u, m)
    }
    return String(u)
  }
  return c(e, 0)
}
var te = (e) => JSON.stringify(e, null, 2),
  Ni = {
    toJSON() {
      return ee(this)
    },
    [z]() {
      return this.toJSON()
    },
    toString() {
      return te(this.toJSON())
    }
  },
  Oc = class {
    [z]() {
      return this.toJSON()
    }
    toString() {
      return te(this.toJSON())
    }
  },
  yo = (e, t = 2) => {
    if (typeof e == "string") return e
    try {
      return typeof e == "object" ? _d(e, t) : String(e)
    } catch {
      return String(e)
    }
  },
  _d = (e, t) => {
    let r = [],
      n = JSON.stringify(
        e,
        (o, s) =>
          typeof s == "object" && s !== null
            ? r.includes(s) ? void 0 : r.push(s) && (Di.fiberRefs !== void 0 && FT(s) ? s[vp](Di.fiberRefs) : s)
            : s,
        t
      )
    return r = void 0, n
  },
  vp = Symbol.for("effect/Inspectable/Redactable"),
  FT = (e) => typeof e == "object" && e !== null && vp in e,
  Di = H("effect/Inspectable/redactableState", () => ({ fiberRefs: void 0 })),
  MT = (e, t) => {
    let r = Di.fiberRefs
    Di.fiberRefs = e
    try {
      return t()
    } finally {
      Di.fiberRefs = r
    }
  },
  us = (e) => FT(e) && Di.fiberRefs !== void 0 ? e[vp](Di.fiberRefs) : e
var E = (e, t) => {
  switch (t.length) {
    case 0:
      return e
    case 1:
      return t[0](e)
    case 2:
      return t[1](t[0](e))
    case 3:
      return t[2](t[1](t[0](e)))
    case 4:
      return t[3](t[2](t[1](t[0](e))))
    case 5:
      return t[4](t[3](t[2](t[1](t[0](e)))))
    case 6:
      return t[5](t[4](t[3](t[2](t[1](t[0](e))))))
    case 7:
      return t[6](t[5](t[4](t[3](t[2](t[1](t[0](e)))))))
    case 8:
      return t[7](t[6](t[5](t[4](t[3](t[2](t[1](t[0](e))))))))
    case 9:
      return t[8](t[7](t[6](t[5](t[4](t[3](t[2](t[1](t[0](e)))))))))
    default: {
      let r = e
      for (let n = 0, o = t.length; n < o; n++) r = t[n](r)
      return r
    }
  }
}
var Li = "Async",
  Ui = "Commit",
  $e = "Failure",
  kc = "OnFailure",
  wc = "OnSuccess",
  Tc = "OnSuccessAndFailure",
  je = "Success",
  Od = "Sync"
var ps = "UpdateRuntimeFlags", Rc = "While", qi = "Iterator", kd = "WithRuntime", Ic = "Yield", Dp = "RevertFlags"
var BW = "3.22.4", Lp = () => BW
var DT = Symbol.for("effect/Effect"),
  NT = Symbol.for("effect/Stream"),
  LT = Symbol.for("effect/Sink"),
  UT = Symbol.for("effect/Channel"),
  ls = { _R: (e) => e, _E: (e) => e, _A: (e) => e, _V: Lp() },
  zW = { _A: (e) => e, _In: (e) => e, _L: (e) => e, _E: (e) => e, _R: (e) => e },
  $W = {
    _Env: (e) => e,
    _InErr: (e) => e,
    _InElem: (e) => e,
    _InDone: (e) => e,
    _OutErr: (e) => e,
    _OutElem: (e) => e,
    _OutDone: (e) => e
  },
  Eo = {
    [DT]: ls,
    [NT]: ls,
    [LT]: zW,
    [UT]: $W,
    [M](e) {
      return this === e
    },
    [D]() {
      return G(this, _c(this))
    },
    [Symbol.iterator]() {
      return new Mi(new Bn(this))
    },
    pipe() {
      return E(this, arguments)
    }
  },
  Up = {
    [D]() {
      return G(this, bd(this))
    },
    [M](e) {
      let t = Object.keys(this), r = Object.keys(e)
      if (t.length !== r.length) return !1
      for (let n of t) if (!(n in e && A(this[n], e[n]))) return !1
      return !0
    }
  },
  fs = { ...Eo, _op: Ui },
  Qy = { ...fs, ...Up },
  qT = (function() {
    function e() {}
    return e.prototype = fs, e
  })()
var WT = Symbol.for("effect/Option"),
  BT = {
    ...Eo,
    [WT]: { _A: (e) => e },
    [z]() {
      return this.toJSON()
    },
    toString() {
      return te(this.toJSON())
    }
  },
  jW = Object.assign(Object.create(BT), {
    _tag: "Some",
    _op: "Some",
    [M](e) {
      return wd(e) && Zy(e) && A(this.value, e.value)
    },
    [D]() {
      return G(this, B(T(this._tag))(T(this.value)))
    },
    toJSON() {
      return { _id: "Option", _tag: this._tag, value: ee(this.value) }
    }
  }),
  KW = T("None"),
  GW = Object.assign(Object.create(BT), {
    _tag: "None",
    _op: "None",
    [M](e) {
      return wd(e) && Td(e)
    },
    [D]() {
      return KW
    },
    toJSON() {
      return { _id: "Option", _tag: this._tag }
    }
  }),
  wd = (e) => I(e, WT),
  Td = (e) => e._tag === "None",
  Zy = (e) => e._tag === "Some",
  Hi = Object.create(GW),
  ds = (e) => {
    let t = Object.create(jW)
    return t.value = e, t
  }
var Xy = Symbol.for("effect/Either"),
  zT = {
    ...Eo,
    [Xy]: { _R: (e) => e },
    [z]() {
      return this.toJSON()
    },
    toString() {
      return te(this.toJSON())
    }
  },
  VW = Object.assign(Object.create(zT), {
    _tag: "Right",
    _op: "Right",
    [M](e) {
      return Rd(e) && eE(e) && A(this.right, e.right)
    },
    [D]() {
      return B(T(this._tag))(T(this.right))
    },
    toJSON() {
      return { _id: "Either", _tag: this._tag, right: ee(this.right) }
    }
  }),
  JW = Object.assign(Object.create(zT), {
    _tag: "Left",
    _op: "Left",
    [M](e) {
      return Rd(e) && Id(e) && A(this.left, e.left)
    },
    [D]() {
      return B(T(this._tag))(T(this.left))
    },
    toJSON() {
      return { _id: "Either", _tag: this._tag, left: ee(this.left) }
    }
  }),
  Rd = (e) => I(e, Xy),
  Id = (e) => e._tag === "Left",
  eE = (e) => e._tag === "Right",
  $T = (e) => {
    let t = Object.create(JW)
    return t.left = e, t
  },
  jT = (e) => {
    let t = Object.create(VW)
    return t.right = e, t
  }
var KT = (e) => Id(e) ? Hi : ds(e.right)
var P = jT
var w = $T
var Ac = Rd, ue = Id, pt = eE, GT = KT
var Ad = p(2, (e, { onLeft: t, onRight: r }) => ue(e) ? w(t(e.left)) : P(r(e.right))),
  ms = p(2, (e, t) => ue(e) ? w(t(e.left)) : P(e.right)),
  hs = p(2, (e, t) => pt(e) ? P(t(e.right)) : w(e.left)),
  ht = p(2, (e, { onLeft: t, onRight: r }) => ue(e) ? t(e.left) : r(e.right))
var VT = ht({ onLeft: v, onRight: v }), JT = p(2, (e, t) => ue(e) ? t(e.left) : e.right)
var tE = p(2, (e, t) => {
    if (pt(e)) return e.right
    throw t(e.left)
  }),
  rE = tE(() => new Error("getOrThrow called on a Left"))
var Wi = p(2, (e, t) => ue(e) ? w(e.left) : t(e.right))
var YW = RT(),
  Pd = (...e) => {
    let r = (e.length === 1 ? e[0] : e[1].bind(e[0]))(YW), n = r.next()
    for (; !n.done;) {
      let o = TT(n.value) ? n.value.value : Pp(n.value)
      if (ue(o)) return o
      n = r.next(o.right)
    }
    return P(n.value)
  }
var nE = (e) => e.length > 0
var QT = (e) => (t, r) => t === r ? 0 : e(t, r)
var ZT = QT((e, t) => e < t ? -1 : 1)
var Fd = p(2, (e, t) => QT((r, n) => e(t(r), t(n))))
var oE = (e) => p(2, (t, r) => e(t, r) === 1)
var y = () => Hi, S = ds, YT = wd, xe = Td, V = Zy, pe = p(2, (e, { onNone: t, onSome: r }) => xe(e) ? t() : r(e.value))
var ge = p(2, (e, t) => xe(e) ? t() : e.value),
  qr = p(2, (e, t) => xe(e) ? t() : e),
  XT = p(2, (e, t) => xe(e) ? S(t()) : e)
var Hr = (e) => e == null ? y() : S(e)
var or = ge(xd),
  Md = (e) => (...t) => {
    try {
      return S(e(...t))
    } catch {
      return y()
    }
  }
var _t = p(2, (e, t) => xe(e) ? y() : S(t(e.value)))
var _r = p(2, (e, t) => xe(e) ? y() : t(e.value))
var eR = p(2, (e, t) => xe(e) ? y() : Hr(t(e.value)))
var e1 = _r,
  Pc = p(2, (e, t) => e1(e, (r) => t(r) ? ds(r) : Hi)),
  tR = (e) => xo((t, r) => xe(t) ? xe(r) : xe(r) ? !1 : e(t.value, r.value))
var t1 = (e) => p(2, (t, r) => xe(t) ? !1 : e(t.value, r)),
  r1 = Mp(),
  rR = t1(r1),
  nR = p(2, (e, t) => xe(e) ? !1 : t(e.value))
var oR = (...e) => e
var sR = p(2, (e, t) => {
  let r = { ...e }
  for (let n of o1(e)) r[n] = t(e[n], n)
  return r
})
var o1 = (e) => Object.keys(e)
var Bi = (e) => new Array(e),
  iE = p(2, (e, t) => {
    let r = Math.max(1, Math.floor(e)), n = new Array(r)
    for (let o = 0; o < r; o++) n[o] = t(o)
    return n
  })
var le = (e) => Array.isArray(e) ? e : Array.from(e), aE = (e) => Array.isArray(e) ? e : [e]
var iR = p(2, (e, { onEmpty: t, onNonEmpty: r }) => Ce(e) ? r(rt(e), ln(e)) : t())
var Fc = p(2, (e, t) => [t, ...e])
var cE = p(2, (e, t) => [...e, t]), vd = p(2, (e, t) => le(e).concat(le(t)))
var uE = Array.isArray, i1 = (e) => e.length === 0, aR = i1, xs = nE, Ce = nE
var cR = (e, t) => e < 0 || e >= t.length,
  a1 = (e, t) => Math.floor(Math.min(Math.max(0, e), t.length)),
  c1 = p(2, (e, t) => {
    let r = Math.floor(t)
    return cR(r, e) ? y() : S(e[r])
  }),
  pE = p(2, (e, t) => {
    let r = Math.floor(t)
    if (cR(r, e)) throw new Error(`Index ${r} out of bounds`)
    return e[r]
  })
var So = c1(0), rt = pE(0), Dd = (e) => Ce(e) ? S(lE(e)) : y(), lE = (e) => e[e.length - 1]
var ln = (e) => e.slice(1)
var u1 = (e, t) => {
    let r = 0
    for (let n of e) {
      if (!t(n, r)) break
      r++
    }
    return r
  },
  uR = p(2, (e, t) => mE(e, u1(e, t))),
  pR = p(2, (e, t) => {
    let r = le(e)
    return r.slice(a1(t, r), r.length)
  })
var fE = (e) => Array.from(e).reverse(),
  bo = p(2, (e, t) => {
    let r = Array.from(e)
    return r.sort(t), r
  })
var dE = p(2, (e, t) => lR(e, t, oR)),
  lR = p(3, (e, t, r) => {
    let n = le(e), o = le(t)
    if (Ce(n) && Ce(o)) {
      let s = [r(rt(n), rt(o))], i = Math.min(n.length, o.length)
      for (let a = 1; a < i; a++) s[a] = r(n[a], o[a])
      return s
    }
    return []
  })
var p1 = Mp()
var mE = p(2, (e, t) => {
    let r = Array.from(e), n = Math.floor(t)
    return Ce(r) ? n >= 1 ? l1(r, n) : [[], r] : [r, []]
  }),
  l1 = p(2, (e, t) => {
    let r = Math.max(1, Math.floor(t))
    return r >= e.length ? [Mc(e), []] : [Fc(e.slice(1, r), rt(e)), e.slice(r)]
  })
var Mc = (e) => e.slice()
var f1 = p(3, (e, t, r) => {
    let n = le(e), o = le(t)
    return Ce(n) ? Ce(o) ? fR(r)(vd(n, o)) : n : o
  }),
  Co = p(2, (e, t) => f1(e, t, p1))
var Or = () => [],
  Ft = (e) => [e],
  Wr = p(2, (e, t) => e.map(t)),
  zi = p(2, (e, t) => {
    if (aR(e)) return []
    let r = []
    for (let n = 0; n < e.length; n++) {
      let o = t(e[n], n)
      for (let s = 0; s < o.length; s++) r.push(o[s])
    }
    return r
  }),
  qp = zi(v),
  Hp = p(2, (e, t) => {
    let r = le(e), n = []
    for (let o = 0; o < r.length; o++) {
      let s = t(r[o], o)
      V(s) && n.push(s.value)
    }
    return n
  })
var hE = p(2, (e, t) => {
  let r = le(e), n = []
  for (let o = 0; o < r.length; o++) t(r[o], o) && n.push(r[o])
  return n
})
var _o = p(3, (e, t, r) => le(e).reduce((n, o, s) => r(n, o, s), t))
var xE = (e, t) => {
  let r = [], n = e, o
  for (; V(o = t(n));) {
    let [s, i] = o.value
    r.push(s), n = i
  }
  return r
}
var gs = ET
var fR = p(2, (e, t) => {
    let r = le(e)
    if (Ce(r)) {
      let n = [rt(r)], o = ln(r)
      for (let s of o) n.every((i) => !t(s, i)) && n.push(s)
      return n
    }
    return []
  }),
  gE = (e) => fR(e, Mp())
var Oo = p(2, (e, t) => le(e).join(t))
var Nd = "InvalidData", Ld = "MissingData", Ud = "SourceUnavailable", qd = "Unsupported"
var m1 = "effect/ConfigError",
  dR = Symbol.for(m1),
  vc = { _tag: "ConfigError", [dR]: dR },
  Hd = (e, t) => {
    let r = Object.create(vc)
    return r._op = "And",
      r.left = e,
      r.right = t,
      Object.defineProperty(r, "toString", {
        enumerable: !1,
        value() {
          return `${this.left} and ${this.right}`
        }
      }),
      Object.defineProperty(r, "message", {
        enumerable: !1,
        get() {
          return this.toString()
        }
      }),
      r
  },
  Wd = (e, t) => {
    let r = Object.create(vc)
    return r._op = "Or",
      r.left = e,
      r.right = t,
      Object.defineProperty(r, "toString", {
        enumerable: !1,
        value() {
          return `${this.left} or ${this.right}`
        }
      }),
      Object.defineProperty(r, "message", {
        enumerable: !1,
        get() {
          return this.toString()
        }
      }),
      r
  },
  SE = (e, t, r = { pathDelim: "." }) => {
    let n = Object.create(vc)
    return n._op = Nd,
      n.path = e,
      n.message = t,
      Object.defineProperty(n, "toString", {
        enumerable: !1,
        value() {
          return `(Invalid data at ${d(this.path, Oo(r.pathDelim))}: "${this.message}")`
        }
      }),
      n
  },
  zn = (e, t, r = { pathDelim: "." }) => {
    let n = Object.create(vc)
    return n._op = Ld,
      n.path = e,
      n.message = t,
      Object.defineProperty(n, "toString", {
        enumerable: !1,
        value() {
          return `(Missing data at ${d(this.path, Oo(r.pathDelim))}: "${this.message}")`
        }
      }),
      n
  },
  bE = (e, t, r, n = { pathDelim: "." }) => {
    let o = Object.create(vc)
    return o._op = Ud,
      o.path = e,
      o.message = t,
      o.cause = r,
      Object.defineProperty(o, "toString", {
        enumerable: !1,
        value() {
          return `(Source unavailable at ${d(this.path, Oo(n.pathDelim))}: "${this.message}")`
        }
      }),
      o
  },
  CE = (e, t, r = { pathDelim: "." }) => {
    let n = Object.create(vc)
    return n._op = qd,
      n.path = e,
      n.message = t,
      Object.defineProperty(n, "toString", {
        enumerable: !1,
        value() {
          return `(Unsupported operation at ${d(this.path, Oo(r.pathDelim))}: "${this.message}")`
        }
      }),
      n
  }
var ys = p(2, (e, t) => {
  switch (e._op) {
    case "And":
      return Hd(ys(e.left, t), ys(e.right, t))
    case "Or":
      return Wd(ys(e.left, t), ys(e.right, t))
    case Nd:
      return SE([...t, ...e.path], e.message)
    case Ld:
      return zn([...t, ...e.path], e.message)
    case Ud:
      return bE([...t, ...e.path], e.message, e.cause)
    case qd:
      return CE([...t, ...e.path], e.message)
  }
})
var mR = p(3, (e, t, r) => {
  let n = [e], o = []
  for (; n.length > 0;) {
    let i = n.pop()
    switch (i._op) {
      case "And": {
        n.push(i.right), n.push(i.left), o.push(w({ _op: "AndCase" }))
        break
      }
      case "Or": {
        n.push(i.right), n.push(i.left), o.push(w({ _op: "OrCase" }))
        break
      }
      case Nd: {
        o.push(P(r.invalidDataCase(t, i.path, i.message)))
        break
      }
      case Ld: {
        o.push(P(r.missingDataCase(t, i.path, i.message)))
        break
      }
      case Ud: {
        o.push(P(r.sourceUnavailableCase(t, i.path, i.message, i.cause)))
        break
      }
      case qd: {
        o.push(P(r.unsupportedCase(t, i.path, i.message)))
        break
      }
    }
  }
  let s = []
  for (; o.length > 0;) {
    let i = o.pop()
    switch (i._op) {
      case "Left": {
        switch (i.left._op) {
          case "AndCase": {
            let a = s.pop(), c = s.pop(), u = r.andCase(t, a, c)
            s.push(u)
            break
          }
          case "OrCase": {
            let a = s.pop(), c = s.pop(), u = r.orCase(t, a, c)
            s.push(u)
            break
          }
        }
        break
      }
      case "Right": {
        s.push(i.right)
        break
      }
    }
  }
  if (s.length === 0) {
    throw new Error(
      "BUG: ConfigError.reduceWithContext - please report an issue at https://github.com/Effect-TS/effect/issues"
    )
  }
  return s.pop()
})
var h1 = Object.getOwnPropertyDescriptor,
  x1 = Object.prototype.hasOwnProperty,
  g1 = Object.isExtensible,
  y1 = () => {
    let e = h1(Error, "stackTraceLimit")
    return e === void 0 ? g1(Error) : x1.call(e, "writable") ? e.writable === !0 : e.set !== void 0
  },
  E1 = y1(),
  $n = () => Error.stackTraceLimit,
  Ot = (e) => {
    E1 && (Error.stackTraceLimit = e)
  }
var OE = Symbol.for("effect/Context/Tag"),
  Wp = Symbol.for("effect/Context/Reference"),
  S1 = "effect/STM",
  b1 = Symbol.for(S1),
  xR = {
    ...Eo,
    _op: "Tag",
    [b1]: ls,
    [OE]: { _Service: (e) => e, _Identifier: (e) => e },
    toString() {
      return te(this.toJSON())
    },
    toJSON() {
      return { _id: "Tag", key: this.key, stack: this.stack }
    },
    [z]() {
      return this.toJSON()
    },
    of(e) {
      return e
    },
    context(e) {
      return TE(this, e)
    }
  },
  C1 = { ...xR, [Wp]: Wp },
  gR = (e) => {
    let t = $n()
    Ot(2)
    let r = new Error()
    Ot(t)
    let n = Object.create(xR)
    return Object.defineProperty(n, "stack", {
      get() {
        return r.stack
      }
    }),
      n.key = e,
      n
  }
var yR = () => (e, t) => {
    let r = $n()
    Ot(2)
    let n = new Error()
    Ot(r)
    function o() {}
    return Object.setPrototypeOf(o, C1),
      o.key = e,
      o.defaultValue = t.defaultValue,
      Object.defineProperty(o, "stack", {
        get() {
          return n.stack
        }
      }),
      o
  },
  kE = Symbol.for("effect/Context"),
  _1 = {
    [kE]: { _Services: (e) => e },
    [M](e) {
      if (wE(e) && this.unsafeMap.size === e.unsafeMap.size) {
        for (let t of this.unsafeMap.keys()) {
          if (!e.unsafeMap.has(t) || !A(this.unsafeMap.get(t), e.unsafeMap.get(t))) return !1
        }
        return !0
      }
      return !1
    },
    [D]() {
      return G(this, vi(this.unsafeMap.size))
    },
    pipe() {
      return E(this, arguments)
    },
    toString() {
      return te(this.toJSON())
    },
    toJSON() {
      return { _id: "Context", services: Array.from(this.unsafeMap).map(ee) }
    },
    [z]() {
      return this.toJSON()
    }
  },
  ko = (e) => {
    let t = Object.create(_1)
    return t.unsafeMap = e, t
  },
  O1 = (e) => {
    let t = new Error(`Service not found${e.key ? `: ${String(e.key)}` : ""}`)
    if (e.stack) {
      let r = e.stack.split(`
`)
      if (r.length > 2) {
        let n = r[2].match(/at (.*)/)
        n && (t.message = t.message + ` (defined at ${n[1]})`)
      }
    }
    if (t.stack) {
      let r = t.stack.split(`
`)
      r.splice(1, 3),
        t.stack = r.join(`
`)
    }
    return t
  },
  wE = (e) => I(e, kE),
  ER = (e) => I(e, OE),
  SR = (e) => I(e, Wp),
  k1 = ko(new Map()),
  bR = () => k1,
  TE = (e, t) => ko(new Map([[e.key, t]])),
  CR = p(3, (e, t, r) => {
    let n = new Map(e.unsafeMap)
    return n.set(t.key, r), ko(n)
  }),
  _E = H("effect/Context/defaultValueCache", () => new Map()),
  RE = (e) => {
    if (_E.has(e.key)) return _E.get(e.key)
    let t = e.defaultValue()
    return _E.set(e.key, t), t
  },
  _R = (e, t) => e.unsafeMap.has(t.key) ? e.unsafeMap.get(t.key) : RE(t),
  IE = p(2, (e, t) => {
    if (!e.unsafeMap.has(t.key)) {
      if (Wp in t) return RE(t)
      throw O1(t)
    }
    return e.unsafeMap.get(t.key)
  }),
  OR = IE
var kR = p(2, (e, t) => e.unsafeMap.has(t.key) ? ds(e.unsafeMap.get(t.key)) : SR(t) ? ds(RE(t)) : Hi),
  wR = p(2, (e, t) => {
    let r = new Map(e.unsafeMap)
    for (let [n, o] of t.unsafeMap) r.set(n, o)
    return ko(r)
  }),
  TR = (...e) => {
    let t = new Map()
    for (let r = 0; r < e.length; r++) {
      e[r].unsafeMap.forEach((n, o) => {
        t.set(o, n)
      })
    }
    return ko(t)
  }
var ft = gR
var IR = wE, AE = ER
var fn = bR, Dc = TE, kt = CR, Br = OR
var $i = IE, jn = kR, dn = wR, AR = TR
var sr = yR
var MR = Symbol.for("effect/Chunk")
function I1(e, t, r, n, o) {
  for (let s = t; s < Math.min(e.length, t + o); s++) r[n + s - t] = e[s]
  return r
}
var vR = [],
  A1 = (e) => xo((t, r) => t.length === r.length && Mt(t).every((n, o) => e(n, zr(r, o)))),
  P1 = A1(A),
  F1 = {
    [MR]: { _A: (e) => e },
    toString() {
      return te(this.toJSON())
    },
    toJSON() {
      return { _id: "Chunk", values: Mt(this).map(ee) }
    },
    [z]() {
      return this.toJSON()
    },
    [M](e) {
      return FE(e) && P1(this, e)
    },
    [D]() {
      return G(this, nr(Mt(this)))
    },
    [Symbol.iterator]() {
      switch (this.backing._tag) {
        case "IArray":
          return this.backing.array[Symbol.iterator]()
        case "IEmpty":
          return vR[Symbol.iterator]()
        default:
          return Mt(this)[Symbol.iterator]()
      }
    },
    pipe() {
      return E(this, arguments)
    }
  },
  dt = (e) => {
    let t = Object.create(F1)
    switch (t.backing = e, e._tag) {
      case "IEmpty": {
        t.length = 0, t.depth = 0, t.left = t, t.right = t
        break
      }
      case "IConcat": {
        t.length = e.left.length + e.right.length,
          t.depth = 1 + Math.max(e.left.depth, e.right.depth),
          t.left = e.left,
          t.right = e.right
        break
      }
      case "IArray": {
        t.length = e.array.length, t.depth = 0, t.left = Kn, t.right = Kn
        break
      }
      case "ISingleton": {
        t.length = 1, t.depth = 0, t.left = Kn, t.right = Kn
        break
      }
      case "ISlice": {
        t.length = e.length, t.depth = e.chunk.depth + 1, t.left = Kn, t.right = Kn
        break
      }
    }
    return t
  },
  FE = (e) => I(e, MR),
  Kn = dt({ _tag: "IEmpty" }),
  Me = () => Kn,
  Lc = (...e) => N1(e),
  be = (e) => dt({ _tag: "ISingleton", a: e }),
  mn = (e) => FE(e) ? e : vt(le(e)),
  PE = (e, t, r) => {
    switch (e.backing._tag) {
      case "IArray": {
        I1(e.backing.array, 0, t, r, e.length)
        break
      }
      case "IConcat": {
        PE(e.left, t, r), PE(e.right, t, r + e.left.length)
        break
      }
      case "ISingleton": {
        t[r] = e.backing.a
        break
      }
      case "ISlice": {
        let n = 0, o = r
        for (; n < e.length;) t[o] = zr(e, n), n += 1, o += 1
        break
      }
    }
  }
var M1 = (e) => {
    switch (e.backing._tag) {
      case "IEmpty":
        return vR
      case "IArray":
        return e.backing.array
      default: {
        let t = new Array(e.length)
        return PE(e, t, 0), e.backing = { _tag: "IArray", array: t }, e.left = Kn, e.right = Kn, e.depth = 0, t
      }
    }
  },
  Mt = M1,
  v1 = (e) => {
    switch (e.backing._tag) {
      case "IEmpty":
      case "ISingleton":
        return e
      case "IArray":
        return dt({ _tag: "IArray", array: fE(e.backing.array) })
      case "IConcat":
        return dt({ _tag: "IConcat", left: kr(e.backing.right), right: kr(e.backing.left) })
      case "ISlice":
        return vt(fE(Mt(e)))
    }
  },
  kr = v1,
  D1 = p(2, (e, t) => t < 0 || t >= e.length ? y() : S(zr(e, t))),
  vt = (e) => e.length === 0 ? Me() : e.length === 1 ? be(e[0]) : dt({ _tag: "IArray", array: e }),
  N1 = (e) => vt(e),
  zr = p(2, (e, t) => {
    switch (e.backing._tag) {
      case "IEmpty":
        throw new Error("Index out of bounds")
      case "ISingleton": {
        if (t !== 0) throw new Error("Index out of bounds")
        return e.backing.a
      }
      case "IArray": {
        if (t >= e.length || t < 0) throw new Error("Index out of bounds")
        return e.backing.array[t]
      }
      case "IConcat":
        return t < e.left.length ? zr(e.left, t) : zr(e.right, t - e.left.length)
      case "ISlice":
        return zr(e.backing.chunk, t + e.backing.offset)
    }
  }),
  Es = p(2, (e, t) => nt(e, be(t))),
  ve = p(2, (e, t) => nt(be(t), e))
var Nc = p(2, (e, t) => {
  if (t <= 0) return e
  if (t >= e.length) return Kn
  switch (e.backing._tag) {
    case "ISlice":
      return dt({ _tag: "ISlice", chunk: e.backing.chunk, offset: e.backing.offset + t, length: e.backing.length - t })
    case "IConcat":
      return t > e.left.length
        ? Nc(e.right, t - e.left.length)
        : dt({ _tag: "IConcat", left: Nc(e.left, t), right: e.right })
    default:
      return dt({ _tag: "ISlice", chunk: e, offset: t, length: e.length - t })
  }
})
var nt = p(2, (e, t) => {
  if (e.backing._tag === "IEmpty") return t
  if (t.backing._tag === "IEmpty") return e
  let r = t.depth - e.depth
  if (Math.abs(r) <= 1) return dt({ _tag: "IConcat", left: e, right: t })
  if (r < -1) {
    if (e.left.depth >= e.right.depth) {
      let n = nt(e.right, t)
      return dt({ _tag: "IConcat", left: e.left, right: n })
    } else {
      let n = nt(e.right.right, t)
      if (n.depth === e.depth - 3) {
        let o = dt({ _tag: "IConcat", left: e.right.left, right: n })
        return dt({ _tag: "IConcat", left: e.left, right: o })
      } else {
        let o = dt({ _tag: "IConcat", left: e.left, right: e.right.left })
        return dt({ _tag: "IConcat", left: o, right: n })
      }
    }
  } else if (t.right.depth >= t.left.depth) {
    let n = nt(e, t.left)
    return dt({ _tag: "IConcat", left: n, right: t.right })
  } else {
    let n = nt(e, t.left.left)
    if (n.depth === t.depth - 3) {
      let o = dt({ _tag: "IConcat", left: n, right: t.left.right })
      return dt({ _tag: "IConcat", left: o, right: t.right })
    } else {
      let o = dt({ _tag: "IConcat", left: t.left.right, right: t.right })
      return dt({ _tag: "IConcat", left: n, right: o })
    }
  }
})
var Bp = p(2, (e, t) => vt(hE(e, t)))
var Ss = (e) => e.length === 0, mt = (e) => e.length > 0, Uc = D1(0), ME = (e) => zr(e, 0), Tt = ME
var Bd = p(2, (e, t) => e.backing._tag === "ISingleton" ? be(t(e.backing.a, 0)) : vt(d(Mt(e), Wr((r, n) => t(r, n)))))
var zt = (e) => Nc(e, 1)
var vE = _o
var DE = Math.pow(2, 5), DR = DE - 1, NR = DE / 2, LR = DE / 4
function L1(e) {
  return e -= e >> 1 & 1431655765,
    e = (e & 858993459) + (e >> 2 & 858993459),
    e = e + (e >> 4) & 252645135,
    e += e >> 8,
    e += e >> 16,
    e & 127
}
function bs(e, t) {
  return t >>> e & DR
}
function Cs(e) {
  return 1 << e
}
function zd(e, t) {
  return L1(e & t - 1)
}
var UR = (e, t) => ({ value: e, previous: t })
function ji(e, t, r, n) {
  let o = n
  if (!e) {
    let s = n.length
    o = new Array(s)
    for (let i = 0; i < s; ++i) o[i] = n[i]
  }
  return o[t] = r, o
}
function NE(e, t, r) {
  let n = r.length - 1, o = 0, s = 0, i = r
  if (e) o = s = t
  else for (i = new Array(n); o < t;) i[s++] = r[o++]
  for (++o; o <= n;) i[s++] = r[o++]
  return e && (i.length = n), i
}
function qR(e, t, r, n) {
  let o = n.length
  if (e) {
    let c = o
    for (; c >= t;) n[c--] = n[c]
    return n[t] = r, n
  }
  let s = 0, i = 0, a = new Array(o + 1)
  for (; s < t;) a[i++] = n[s++]
  for (a[t] = r; s < o;) a[++i] = n[s++]
  return a
}
var wo = class e {
  _tag = "EmptyNode"
  modify(t, r, n, o, s, i) {
    let a = n(y())
    return xe(a) ? new e() : (++i.value, new qc(t, o, s, a))
  }
}
function $r(e) {
  return Ip(e, "EmptyNode")
}
function q1(e) {
  return $r(e) || e._tag === "LeafNode" || e._tag === "CollisionNode"
}
function $d(e, t) {
  return $r(e) ? !1 : t === e.edit
}
var qc = class e {
    edit
    hash
    key
    value
    _tag = "LeafNode"
    constructor(t, r, n, o) {
      this.edit = t, this.hash = r, this.key = n, this.value = o
    }
    modify(t, r, n, o, s, i) {
      if (A(s, this.key)) {
        let c = n(this.value)
        return c === this.value
          ? this
          : xe(c)
          ? (--i.value, new wo())
          : $d(this, t)
          ? (this.value = c, this)
          : new e(t, o, s, c)
      }
      let a = n(y())
      return xe(a) ? this : (++i.value, HR(t, r, this.hash, this, o, new e(t, o, s, a)))
    }
  },
  LE = class e {
    edit
    hash
    children
    _tag = "CollisionNode"
    constructor(t, r, n) {
      this.edit = t, this.hash = r, this.children = n
    }
    modify(t, r, n, o, s, i) {
      if (o === this.hash) {
        let c = $d(this, t), u = this.updateCollisionList(c, t, this.hash, this.children, n, s, i)
        return u === this.children ? this : u.length > 1 ? new e(t, this.hash, u) : u[0]
      }
      let a = n(y())
      return xe(a) ? this : (++i.value, HR(t, r, this.hash, this, o, new qc(t, o, s, a)))
    }
    updateCollisionList(t, r, n, o, s, i, a) {
      let c = o.length
      for (let l = 0; l < c; ++l) {
        let f = o[l]
        if ("key" in f && A(i, f.key)) {
          let m = f.value, h = s(m)
          return h === m ? o : xe(h) ? (--a.value, NE(t, l, o)) : ji(t, l, new qc(r, n, i, h), o)
        }
      }
      let u = s(y())
      return xe(u) ? o : (++a.value, ji(t, c, new qc(r, n, i, u), o))
    }
  },
  zp = class e {
    edit
    mask
    children
    _tag = "IndexedNode"
    constructor(t, r, n) {
      this.edit = t, this.mask = r, this.children = n
    }
    modify(t, r, n, o, s, i) {
      let a = this.mask, c = this.children, u = bs(r, o), l = Cs(u), f = zd(a, l), m = a & l, h = $d(this, t)
      if (!m) {
        let F = new wo().modify(t, r + 5, n, o, s, i)
        return F ? c.length >= NR ? W1(t, u, F, a, c) : new e(t, a | l, qR(h, f, F, c)) : this
      }
      let x = c[f], b = x.modify(t, r + 5, n, o, s, i)
      if (x === b) return this
      let C = a, k
      if ($r(b)) {
        if (C &= ~l, !C) return new wo()
        if (c.length <= 2 && q1(c[f ^ 1])) return c[f ^ 1]
        k = NE(h, f, c)
      } else k = ji(h, f, b, c)
      return h ? (this.mask = C, this.children = k, this) : new e(t, C, k)
    }
  },
  UE = class e {
    edit
    size
    children
    _tag = "ArrayNode"
    constructor(t, r, n) {
      this.edit = t, this.size = r, this.children = n
    }
    modify(t, r, n, o, s, i) {
      let a = this.size, c = this.children, u = bs(r, o), l = c[u], f = (l || new wo()).modify(t, r + 5, n, o, s, i)
      if (l === f) return this
      let m = $d(this, t), h
      if ($r(l) && !$r(f)) ++a, h = ji(m, u, f, c)
      else if (!$r(l) && $r(f)) {
        if (--a, a <= LR) return H1(t, a, u, c)
        h = ji(m, u, new wo(), c)
      } else h = ji(m, u, f, c)
      return m ? (this.size = a, this.children = h, this) : new e(t, a, h)
    }
  }
function H1(e, t, r, n) {
  let o = new Array(t - 1), s = 0, i = 0
  for (let a = 0, c = n.length; a < c; ++a) {
    if (a !== r) {
      let u = n[a]
      u && !$r(u) && (o[s++] = u, i |= 1 << a)
    }
  }
  return new zp(e, i, o)
}
function W1(e, t, r, n, o) {
  let s = [], i = n, a = 0
  for (let c = 0; i; ++c) i & 1 && (s[c] = o[a++]), i >>>= 1
  return s[t] = r, new UE(e, a + 1, s)
}
function B1(e, t, r, n, o, s) {
  if (r === o) return new LE(e, r, [s, n])
  let i = bs(t, r), a = bs(t, o)
  if (i === a) return (c) => new zp(e, Cs(i) | Cs(a), [c])
  {
    let c = i < a ? [n, s] : [s, n]
    return new zp(e, Cs(i) | Cs(a), c)
  }
}
function HR(e, t, r, n, o, s) {
  let i, a = t
  for (;;) {
    let c = B1(e, a, r, n, o, s)
    if (typeof c == "function") i = UR(c, i), a = a + 5
    else {
      let u = c
      for (; i != null;) u = i.value(u), i = i.previous
      return u
    }
  }
}
var WR = "effect/HashMap",
  jd = Symbol.for(WR),
  $1 = {
    [jd]: jd,
    [Symbol.iterator]() {
      return new Kd(this, (e, t) => [e, t])
    },
    [D]() {
      let e = T(WR)
      for (let t of this) e ^= d(T(t[0]), B(T(t[1])))
      return G(this, e)
    },
    [M](e) {
      if (jR(e)) {
        if (e._size !== this._size) return !1
        for (let t of this) {
          let r = d(e, Vd(t[0], T(t[0])))
          if (xe(r)) return !1
          if (!A(t[1], r.value)) return !1
        }
        return !0
      }
      return !1
    },
    toString() {
      return te(this.toJSON())
    },
    toJSON() {
      return { _id: "HashMap", values: Array.from(this).map(ee) }
    },
    [z]() {
      return this.toJSON()
    },
    pipe() {
      return E(this, arguments)
    }
  },
  qE = (e, t, r, n) => {
    let o = Object.create($1)
    return o._editable = e, o._edit = t, o._root = r, o._size = n, o
  },
  Kd = class e {
    map
    f
    v
    constructor(t, r) {
      this.map = t, this.f = r, this.v = BR(this.map._root, this.f, void 0)
    }
    next() {
      if (xe(this.v)) return { done: !0, value: void 0 }
      let t = this.v.value
      return this.v = Gd(t.cont), { done: !1, value: t.value }
    }
    [Symbol.iterator]() {
      return new e(this.map, this.f)
    }
  },
  Gd = (e) => e ? zR(e[0], e[1], e[2], e[3], e[4]) : y(),
  BR = (e, t, r = void 0) => {
    switch (e._tag) {
      case "LeafNode":
        return V(e.value) ? S({ value: t(e.key, e.value.value), cont: r }) : Gd(r)
      case "CollisionNode":
      case "ArrayNode":
      case "IndexedNode": {
        let n = e.children
        return zR(n.length, n, 0, t, r)
      }
      default:
        return Gd(r)
    }
  },
  zR = (e, t, r, n, o) => {
    for (; r < e;) {
      let s = t[r++]
      if (s && !$r(s)) return BR(s, n, [e, t, r, n, o])
    }
    return Gd(o)
  },
  j1 = qE(!1, 0, new wo(), 0),
  Wc = () => j1
var $R = (e) => {
    let t = Qd(Wc())
    for (let r of e) Ki(t, r[0], r[1])
    return VR(t)
  },
  jR = (e) => I(e, jd),
  KR = (e) => e && $r(e._root),
  GR = p(2, (e, t) => Vd(e, t, T(t))),
  Vd = p(3, (e, t, r) => {
    let n = e._root, o = 0
    for (;;) {
      switch (n._tag) {
        case "LeafNode":
          return A(t, n.key) ? n.value : y()
        case "CollisionNode": {
          if (r === n.hash) {
            let s = n.children
            for (let i = 0, a = s.length; i < a; ++i) {
              let c = s[i]
              if ("key" in c && A(t, c.key)) return c.value
            }
          }
          return y()
        }
        case "IndexedNode": {
          let s = bs(o, r), i = Cs(s)
          if (n.mask & i) {
            n = n.children[zd(n.mask, i)], o += 5
            break
          }
          return y()
        }
        case "ArrayNode": {
          if (n = n.children[bs(o, r)], n) {
            o += 5
            break
          }
          return y()
        }
        default:
          return y()
      }
    }
  })
var HE = p(2, (e, t) => V(Vd(e, t, T(t))))
var Ki = p(3, (e, t, r) => Zd(e, t, () => S(r))),
  K1 = p(
    3,
    (e, t, r) => e._editable ? (e._root = t, e._size = r, e) : t === e._root ? e : qE(e._editable, e._edit, t, r)
  ),
  Jd = (e) => new Kd(e, (t) => t)
var $p = (e) => e._size
var Qd = (e) => qE(!0, e._edit + 1, e._root, e._size), VR = (e) => (e._editable = !1, e)
var Zd = p(3, (e, t, r) => JR(e, t, T(t), r)),
  JR = p(4, (e, t, r, n) => {
    let o = { value: e._size }, s = e._root.modify(e._editable ? e._edit : NaN, 0, n, r, t, o)
    return d(e, K1(s, o.value))
  })
var Yd = p(2, (e, t) => Zd(e, t, y))
var QR = p(2, (e, t) => Bc(e, Wc(), (r, n, o) => Ki(r, o, t(n, o))))
var Xd = p(2, (e, t) => Bc(e, void 0, (r, n, o) => t(n, o))),
  Bc = p(3, (e, t, r) => {
    let n = e._root
    if (n._tag === "LeafNode") return V(n.value) ? r(t, n.value.value, n.key) : t
    if (n._tag === "EmptyNode") return t
    let o = [n.children], s
    for (; s = o.pop();) {
      for (let i = 0, a = s.length; i < a;) {
        let c = s[i++]
        c && !$r(c) && (c._tag === "LeafNode" ? V(c.value) && (t = r(t, c.value.value, c.key)) : o.push(c.children))
      }
    }
    return t
  })
var YR = "effect/HashSet",
  em = Symbol.for(YR),
  G1 = {
    [em]: em,
    [Symbol.iterator]() {
      return Jd(this._keyMap)
    },
    [D]() {
      return G(this, B(T(this._keyMap))(T(YR)))
    },
    [M](e) {
      return XR(e) ? $p(this._keyMap) === $p(e._keyMap) && A(this._keyMap, e._keyMap) : !1
    },
    toString() {
      return te(this.toJSON())
    },
    toJSON() {
      return { _id: "HashSet", values: Array.from(this).map(ee) }
    },
    [z]() {
      return this.toJSON()
    },
    pipe() {
      return E(this, arguments)
    }
  },
  tm = (e) => {
    let t = Object.create(G1)
    return t._keyMap = e, t
  },
  XR = (e) => I(e, em),
  V1 = tm(Wc()),
  jp = () => V1,
  eI = (e) => {
    let t = rm(jp())
    for (let r of e) zc(t, r)
    return nm(t)
  },
  tI = (...e) => {
    let t = rm(jp())
    for (let r of e) zc(t, r)
    return nm(t)
  },
  rI = p(2, (e, t) => HE(e._keyMap, t))
var nI = (e) => $p(e._keyMap),
  rm = (e) => tm(Qd(e._keyMap)),
  nm = (e) => (e._keyMap._editable = !1, e),
  WE = p(2, (e, t) => {
    let r = rm(e)
    return t(r), nm(r)
  }),
  zc = p(2, (e, t) => e._keyMap._editable ? (Ki(t, !0)(e._keyMap), e) : tm(Ki(t, !0)(e._keyMap))),
  BE = p(2, (e, t) => e._keyMap._editable ? (Yd(t)(e._keyMap), e) : tm(Yd(t)(e._keyMap))),
  oI = p(2, (e, t) =>
    WE(e, (r) => {
      for (let n of t) BE(r, n)
    }))
var sI = p(2, (e, t) =>
  WE(jp(), (r) => {
    iI(e, (n) => zc(r, n))
    for (let n of t) zc(r, n)
  }))
var iI = p(2, (e, t) => Xd(e._keyMap, (r, n) => t(n))), aI = p(3, (e, t, r) => Bc(e._keyMap, t, (n, o, s) => r(n, s)))
var Gn = jp, cI = eI, Gi = tI, uI = rI
var Vi = nI
var Ji = zc, zE = BE, $E = oI
var To = sI
var _s = aI
var Os = "Empty", ks = "Fail", Zi = "Interrupt", Yi = "Parallel", Xi = "Sequential"
var fI = "effect/Cause",
  GE = Symbol.for(fI),
  Z1 = { _E: (e) => e },
  jc = {
    [GE]: Z1,
    [D]() {
      return d(T(fI), B(T(X1(this))), G(this))
    },
    [M](e) {
      return om(e) && Y1(this, e)
    },
    pipe() {
      return E(this, arguments)
    },
    toJSON() {
      switch (this._tag) {
        case "Empty":
          return { _id: "Cause", _tag: this._tag }
        case "Die":
          return { _id: "Cause", _tag: this._tag, defect: ee(this.defect) }
        case "Interrupt":
          return { _id: "Cause", _tag: this._tag, fiberId: this.fiberId.toJSON() }
        case "Fail":
          return { _id: "Cause", _tag: this._tag, error: ee(this.error) }
        case "Sequential":
        case "Parallel":
          return { _id: "Cause", _tag: this._tag, left: ee(this.left), right: ee(this.right) }
      }
    },
    toString() {
      return hn(this)
    },
    [z]() {
      return this.toJSON()
    }
  },
  jr = (() => {
    let e = Object.create(jc)
    return e._tag = Os, e
  })(),
  Vn = (e) => {
    let t = Object.create(jc)
    return t._tag = ks, t.error = e, t
  },
  $t = (e) => {
    let t = Object.create(jc)
    return t._tag = "Die", t.defect = e, t
  },
  ir = (e) => {
    let t = Object.create(jc)
    return t._tag = Zi, t.fiberId = e, t
  },
  Jn = (e, t) => {
    let r = Object.create(jc)
    return r._tag = Yi, r.left = e, r.right = t, r
  },
  Je = (e, t) => {
    let r = Object.create(jc)
    return r._tag = Xi, r.left = e, r.right = t, r
  },
  om = (e) => I(e, GE),
  VE = (e) => e._tag === Os,
  dI = (e) => e._tag === ks,
  Kp = (e) => e._tag === "Die"
var sm = (e) =>
  e._tag === Os ? !0 : ea(e, !0, (t, r) => {
    switch (r._tag) {
      case Os:
        return S(t)
      case "Die":
      case ks:
      case Zi:
        return S(!1)
      default:
        return y()
    }
  })
var Gp = (e) => V(mI(e)),
  ra = (e) => um(void 0, tB)(e),
  im = (e) => kr(ea(e, Me(), (t, r) => r._tag === ks ? S(d(t, ve(r.error))) : y())),
  JE = (e) => kr(ea(e, Me(), (t, r) => r._tag === "Die" ? S(d(t, ve(r.defect))) : y())),
  Vp = (e) => ea(e, Gn(), (t, r) => r._tag === Zi ? S(d(t, Ji(r.fiberId))) : y()),
  QE = (e) => Kc(e, (t) => t._tag === ks ? S(t.error) : y()),
  na = (e) => {
    let t = QE(e)
    switch (t._tag) {
      case "None":
        return P(e)
      case "Some":
        return w(t.value)
    }
  }
var mI = (e) => Kc(e, (t) => t._tag === Zi ? S(t.fiberId) : y())
var am = (e) => cm(e, { onEmpty: jr, onFail: () => jr, onDie: $t, onInterrupt: ir, onSequential: Je, onParallel: Jn }),
  hI = (e) => cm(e, { onEmpty: jr, onFail: $t, onDie: $t, onInterrupt: ir, onSequential: Je, onParallel: Jn })
var ZE = p(2, (e, t) => xI(e, (r) => Vn(t(r)))),
  xI = p(
    2,
    (e, t) =>
      cm(e, {
        onEmpty: jr,
        onFail: (r) => t(r),
        onDie: (r) => $t(r),
        onInterrupt: (r) => ir(r),
        onSequential: (r, n) => Je(r, n),
        onParallel: (r, n) => Jn(r, n)
      })
  )
var Y1 = (e, t) => {
    let r = be(e), n = be(t)
    for (; mt(r) && mt(n);) {
      let [o, s] = d(
          Tt(r),
          ea([Gn(), Me()], ([c, u], l) => {
            let [f, m] = jE(l)
            return S([d(c, To(f)), d(u, nt(m))])
          })
        ),
        [i, a] = d(
          Tt(n),
          ea([Gn(), Me()], ([c, u], l) => {
            let [f, m] = jE(l)
            return S([d(c, To(f)), d(u, nt(m))])
          })
        )
      if (!A(o, i)) return !1
      r = s, n = a
    }
    return !0
  },
  X1 = (e) => eB(be(e), Me()),
  eB = (e, t) => {
    for (;;) {
      let [r, n] = d(
          e,
          _o([Gn(), Me()], ([s, i], a) => {
            let [c, u] = jE(a)
            return [d(s, To(c)), d(i, nt(u))]
          })
        ),
        o = Vi(r) > 0 ? d(t, ve(r)) : t
      if (Ss(n)) return kr(o)
      e = n, t = o
    }
    throw new Error(Fi("Cause.flattenCauseLoop"))
  },
  Kc = p(2, (e, t) => {
    let r = [e]
    for (; r.length > 0;) {
      let n = r.pop(), o = t(n)
      switch (o._tag) {
        case "None": {
          switch (n._tag) {
            case Xi:
            case Yi: {
              r.push(n.right), r.push(n.left)
              break
            }
          }
          break
        }
        case "Some":
          return o
      }
    }
    return y()
  })
var jE = (e) => {
  let t = e, r = [], n = Gn(), o = Me()
  for (; t !== void 0;) {
    switch (t._tag) {
      case Os: {
        if (r.length === 0) return [n, o]
        t = r.pop()
        break
      }
      case ks: {
        if (n = Ji(n, Lc(t._tag, t.error)), r.length === 0) return [n, o]
        t = r.pop()
        break
      }
      case "Die": {
        if (n = Ji(n, Lc(t._tag, t.defect)), r.length === 0) return [n, o]
        t = r.pop()
        break
      }
      case Zi: {
        if (n = Ji(n, Lc(t._tag, t.fiberId)), r.length === 0) return [n, o]
        t = r.pop()
        break
      }
      case Xi: {
        switch (t.left._tag) {
          case Os: {
            t = t.right
            break
          }
          case Xi: {
            t = Je(t.left.left, Je(t.left.right, t.right))
            break
          }
          case Yi: {
            t = Jn(Je(t.left.left, t.right), Je(t.left.right, t.right))
            break
          }
          default: {
            o = ve(o, t.right), t = t.left
            break
          }
        }
        break
      }
      case Yi: {
        r.push(t.right), t = t.left
        break
      }
    }
  }
  throw new Error(Fi("Cause.evaluateCauseLoop"))
}
var tB = {
  emptyCase: un,
  failCase: pn,
  dieCase: pn,
  interruptCase: un,
  sequentialCase: (e, t, r) => t && r,
  parallelCase: (e, t, r) => t && r
}
var pI = "SequentialCase",
  lI = "ParallelCase",
  cm = p(
    2,
    (e, { onDie: t, onEmpty: r, onFail: n, onInterrupt: o, onParallel: s, onSequential: i }) =>
      um(e, void 0, {
        emptyCase: () => r,
        failCase: (a, c) => n(c),
        dieCase: (a, c) => t(c),
        interruptCase: (a, c) => o(c),
        sequentialCase: (a, c, u) => i(c, u),
        parallelCase: (a, c, u) => s(c, u)
      })
  ),
  ea = p(3, (e, t, r) => {
    let n = t, o = e, s = []
    for (; o !== void 0;) {
      let i = r(n, o)
      switch (n = V(i) ? i.value : n, o._tag) {
        case Xi: {
          s.push(o.right), o = o.left
          break
        }
        case Yi: {
          s.push(o.right), o = o.left
          break
        }
        default: {
          o = void 0
          break
        }
      }
      o === void 0 && s.length > 0 && (o = s.pop())
    }
    return n
  }),
  um = p(3, (e, t, r) => {
    let n = [e], o = []
    for (; n.length > 0;) {
      let i = n.pop()
      switch (i._tag) {
        case Os: {
          o.push(P(r.emptyCase(t)))
          break
        }
        case ks: {
          o.push(P(r.failCase(t, i.error)))
          break
        }
        case "Die": {
          o.push(P(r.dieCase(t, i.defect)))
          break
        }
        case Zi: {
          o.push(P(r.interruptCase(t, i.fiberId)))
          break
        }
        case Xi: {
          n.push(i.right), n.push(i.left), o.push(w({ _tag: pI }))
          break
        }
        case Yi: {
          n.push(i.right), n.push(i.left), o.push(w({ _tag: lI }))
          break
        }
      }
    }
    let s = []
    for (; o.length > 0;) {
      let i = o.pop()
      switch (i._tag) {
        case "Left": {
          switch (i.left._tag) {
            case pI: {
              let a = s.pop(), c = s.pop(), u = r.sequentialCase(t, a, c)
              s.push(u)
              break
            }
            case lI: {
              let a = s.pop(), c = s.pop(), u = r.parallelCase(t, a, c)
              s.push(u)
              break
            }
          }
          break
        }
        case "Right": {
          s.push(i.right)
          break
        }
      }
    }
    if (s.length === 0) {
      throw new Error(
        "BUG: Cause.reduceWithContext - please report an issue at https://github.com/Effect-TS/effect/issues"
      )
    }
    return s.pop()
  }),
  hn = (e, t) =>
    ra(e) ? "All fibers interrupted without errors." : Qp(e).map(function(r) {
      return t?.renderErrorCause !== !0 || r.cause === void 0 ? r.stack : `${r.stack} {
${gI(r.cause, "  ")}
}`
    }).join(`
`),
  gI = (e, t) => {
    let r = e.stack.split(`
`),
      n = `${t}[cause]: ${r[0]}`
    for (let o = 1, s = r.length; o < s; o++) {
      n += `
${t}${r[o]}`
    }
    return e.cause && (n += ` {
${gI(e.cause, `${t}  `)}
${t}}`),
      n
  },
  KE = (e) => {
    let t = typeof e == "object" && e !== null, r = $n()
    Ot(1)
    let n = new Error(pm(e), t && "cause" in e && typeof e.cause < "u" ? { cause: KE(e.cause) } : void 0)
    return Ot(r),
      n.message === "" && (n.message = "An error has occurred"),
      Ot(r),
      n.name = e instanceof Error ? e.name : "Error",
      t && (ta in e && (n.span = e[ta]),
        Object.keys(e).forEach((o) => {
          o in n || (n[o] = e[o])
        })),
      n.stack = nB(`${n.name}: ${n.message}`, e instanceof Error && e.stack ? e.stack : "", n.span),
      n
  },
  pm = (e) => {
    if (typeof e == "string") return e
    if (typeof e == "object" && e !== null && e instanceof Error) return e.message
    try {
      if (
        I(e, "toString") && is(e.toString) && e.toString !== Object.prototype.toString &&
        e.toString !== globalThis.Array.prototype.toString
      ) return e.toString()
    } catch {}
    return _d(e)
  },
  rB = /\((.*)\)/g,
  Jp = H("effect/Tracer/spanToTrace", () => new WeakMap()),
  nB = (e, t, r) => {
    let n = [e],
      o = t.startsWith(e) ?
        t.slice(e.length).split(`
`) :
        t.split(`
`)
    for (let s = 1; s < o.length; s++) {
      if (o[s].includes(" at new BaseEffectError") || o[s].includes(" at new YieldableError")) {
        s++
        continue
      }
      if (o[s].includes("Generator.next") || o[s].includes("effect_internal_function")) break
      n.push(
        o[s].replace(/at .*effect_instruction_i.*\((.*)\)/, "at $1").replace(/EffectPrimitive\.\w+/, "<anonymous>")
      )
    }
    if (r) {
      let s = r, i = 0
      for (; s && s._tag === "Span" && i < 10;) {
        let a = Jp.get(s)
        if (typeof a == "function") {
          let c = a()
          if (typeof c == "string") {
            let u = c.matchAll(rB), l = !1
            for (let [, f] of u) l = !0, n.push(`    at ${s.name} (${f})`)
            l || n.push(`    at ${s.name} (${c.replace(/^at /, "")})`)
          } else n.push(`    at ${s.name}`)
        } else n.push(`    at ${s.name}`)
        s = or(s.parent), i++
      }
    }
    return n.join(`
`)
  },
  ta = Symbol.for("effect/SpanAnnotation"),
  Qp = (e) =>
    um(e, void 0, {
      emptyCase: () => [],
      dieCase: (t, r) => [KE(r)],
      failCase: (t, r) => [KE(r)],
      interruptCase: () => [],
      parallelCase: (t, r, n) => [...r, ...n],
      sequentialCase: (t, r, n) => [...r, ...n]
    })
var YE = Symbol.for("effect/Duration"),
  OI = BigInt(0),
  yI = BigInt(24),
  lm = BigInt(60),
  EI = BigInt(1e3),
  SI = BigInt(1e6),
  bI = BigInt(1e9),
  oB = /^(-?\d+(?:\.\d+)?)\s+(nanos?|micros?|millis?|seconds?|minutes?|hours?|days?|weeks?)$/,
  CI = (e, t) => e.includes(".") ? BigInt(Math.round(Number(e) * t)) : BigInt(e) * BigInt(t),
  Rt = (e) => {
    if (kI(e)) return e
    if (Bt(e)) return Kr(e)
    if (ss(e)) return fm(e)
    if (Array.isArray(e) && e.length === 2 && e.every(Bt)) {
      return e[0] === -1 / 0 || e[1] === -1 / 0 || Number.isNaN(e[0]) || Number.isNaN(e[1])
        ? Ts
        : e[0] === 1 / 0 || e[1] === 1 / 0
        ? cB
        : fm(BigInt(Math.round(e[0] * 1e9)) + BigInt(Math.round(e[1])))
    }
    if (ut(e)) {
      let t = oB.exec(e)
      if (t) {
        let [r, n, o] = t, s = Number(n)
        switch (o) {
          case "nano":
          case "nanos":
            return fm(CI(n, 1))
          case "micro":
          case "micros":
            return fm(CI(n, 1e3))
          case "milli":
          case "millis":
            return Kr(s)
          case "second":
          case "seconds":
            return oa(s)
          case "minute":
          case "minutes":
            return uB(s)
          case "hour":
          case "hours":
            return pB(s)
          case "day":
          case "days":
            return lB(s)
          case "week":
          case "weeks":
            return fB(s)
        }
      }
    }
    throw new Error("Invalid DurationInput")
  }
var _I = { _tag: "Millis", millis: 0 },
  sB = { _tag: "Infinity" },
  iB = {
    [YE]: YE,
    [D]() {
      return G(this, bd(this.value))
    },
    [M](e) {
      return kI(e) && gB(this, e)
    },
    toString() {
      return `Duration(${eS(this)})`
    },
    toJSON() {
      switch (this.value._tag) {
        case "Millis":
          return { _id: "Duration", _tag: "Millis", millis: this.value.millis }
        case "Nanos":
          return { _id: "Duration", _tag: "Nanos", hrtime: mB(this) }
        case "Infinity":
          return { _id: "Duration", _tag: "Infinity" }
      }
    },
    [z]() {
      return this.toJSON()
    },
    pipe() {
      return E(this, arguments)
    }
  },
  xn = (e) => {
    let t = Object.create(iB)
    return Bt(e)
      ? isNaN(e) || e <= 0
        ? t.value = _I
        : Number.isFinite(e)
        ? Number.isInteger(e)
          ? t.value = { _tag: "Millis", millis: e }
          : t.value = { _tag: "Nanos", nanos: BigInt(Math.round(e * 1e6)) }
        : t.value = sB
      : e <= OI
      ? t.value = _I
      : t.value = { _tag: "Nanos", nanos: e },
      t
  },
  kI = (e) => I(e, YE)
var aB = (e) => {
    switch (e.value._tag) {
      case "Millis":
        return e.value.millis === 0
      case "Nanos":
        return e.value.nanos === OI
      case "Infinity":
        return !1
    }
  },
  Ts = xn(0),
  cB = xn(1 / 0),
  fm = (e) => xn(e)
var Kr = (e) => xn(e),
  oa = (e) => xn(e * 1e3),
  uB = (e) => xn(e * 6e4),
  pB = (e) => xn(e * 36e5),
  lB = (e) => xn(e * 864e5),
  fB = (e) => xn(e * 6048e5),
  wr = (e) => hB(e, { onMillis: (t) => t, onNanos: (t) => Number(t) / 1e6 })
var dB = (e) => {
    let t = Rt(e)
    switch (t.value._tag) {
      case "Infinity":
        throw new Error("Cannot convert infinite duration to nanos")
      case "Nanos":
        return t.value.nanos
      case "Millis":
        return BigInt(Math.round(t.value.millis * 1e6))
    }
  },
  mB = (e) => {
    let t = Rt(e)
    switch (t.value._tag) {
      case "Infinity":
        return [1 / 0, 0]
      case "Nanos":
        return [Number(t.value.nanos / bI), Number(t.value.nanos % bI)]
      case "Millis":
        return [Math.floor(t.value.millis / 1e3), Math.round(t.value.millis % 1e3 * 1e6)]
    }
  },
  hB = p(2, (e, t) => {
    let r = Rt(e)
    switch (r.value._tag) {
      case "Nanos":
        return t.onNanos(r.value.nanos)
      case "Infinity":
        return t.onMillis(1 / 0)
      case "Millis":
        return t.onMillis(r.value.millis)
    }
  }),
  dm = p(3, (e, t, r) => {
    let n = Rt(e), o = Rt(t)
    if (n.value._tag === "Infinity" || o.value._tag === "Infinity") return r.onMillis(wr(n), wr(o))
    if (n.value._tag === "Nanos" || o.value._tag === "Nanos") {
      let s = n.value._tag === "Nanos" ? n.value.nanos : BigInt(Math.round(n.value.millis * 1e6)),
        i = o.value._tag === "Nanos" ? o.value.nanos : BigInt(Math.round(o.value.millis * 1e6))
      return r.onNanos(s, i)
    }
    return r.onMillis(n.value.millis, o.value.millis)
  })
var xB = (e, t) => dm(e, t, { onMillis: (r, n) => r === n, onNanos: (r, n) => r === n })
var wI = p(2, (e, t) => dm(e, t, { onMillis: (r, n) => xn(r + n), onNanos: (r, n) => xn(r + n) }))
var TI = p(2, (e, t) => dm(e, t, { onMillis: (r, n) => r <= n, onNanos: (r, n) => r <= n }))
var XE = p(2, (e, t) => dm(e, t, { onMillis: (r, n) => r >= n, onNanos: (r, n) => r >= n })),
  gB = p(2, (e, t) => xB(Rt(e), Rt(t))),
  yB = (e) => {
    let t = Rt(e)
    if (t.value._tag === "Infinity") {
      return { days: 1 / 0, hours: 1 / 0, minutes: 1 / 0, seconds: 1 / 0, millis: 1 / 0, nanos: 1 / 0 }
    }
    let r = dB(t), n = r / SI, o = n / EI, s = o / lm, i = s / lm, a = i / yI
    return {
      days: Number(a),
      hours: Number(i % yI),
      minutes: Number(s % lm),
      seconds: Number(o % lm),
      millis: Number(n % EI),
      nanos: Number(r % SI)
    }
  },
  eS = (e) => {
    let t = Rt(e)
    if (t.value._tag === "Infinity") return "Infinity"
    if (aB(t)) return "0"
    let r = yB(t), n = []
    return r.days !== 0 && n.push(`${r.days}d`),
      r.hours !== 0 && n.push(`${r.hours}h`),
      r.minutes !== 0 && n.push(`${r.minutes}m`),
      r.seconds !== 0 && n.push(`${r.seconds}s`),
      r.millis !== 0 && n.push(`${r.millis}ms`),
      r.nanos !== 0 && n.push(`${r.nanos}ns`),
      n.join(" ")
  }
var RI = Symbol.for("effect/MutableRef"),
  EB = {
    [RI]: RI,
    toString() {
      return te(this.toJSON())
    },
    toJSON() {
      return { _id: "MutableRef", current: ee(this.current) }
    },
    [z]() {
      return this.toJSON()
    },
    pipe() {
      return E(this, arguments)
    }
  },
  Gr = (e) => {
    let t = Object.create(EB)
    return t.current = e, t
  },
  II = p(3, (e, t, r) => A(t, e.current) ? (e.current = r, !0) : !1)
var Re = (e) => e.current
var Tr = p(2, (e, t) => (e.current = t, e))
var hm = "effect/FiberId",
  Rs = Symbol.for(hm),
  Gc = "None",
  tS = "Runtime",
  rS = "Composite",
  SB = ce(`${hm}-${Gc}`),
  nS = class {
    [Rs] = Rs
    _tag = Gc
    id = -1
    startTimeMillis = -1;
    [D]() {
      return SB
    }
    [M](t) {
      return xm(t) && t._tag === Gc
    }
    toString() {
      return te(this.toJSON())
    }
    toJSON() {
      return { _id: "FiberId", _tag: this._tag }
    }
    [z]() {
      return this.toJSON()
    }
  },
  oS = class {
    id
    startTimeMillis;
    [Rs] = Rs
    _tag = tS
    constructor(t, r) {
      this.id = t, this.startTimeMillis = r
    }
    [D]() {
      return G(this, ce(`${hm}-${this._tag}-${this.id}-${this.startTimeMillis}`))
    }
    [M](t) {
      return xm(t) && t._tag === tS && this.id === t.id && this.startTimeMillis === t.startTimeMillis
    }
    toString() {
      return te(this.toJSON())
    }
    toJSON() {
      return { _id: "FiberId", _tag: this._tag, id: this.id, startTimeMillis: this.startTimeMillis }
    }
    [z]() {
      return this.toJSON()
    }
  },
  sS = class {
    left
    right;
    [Rs] = Rs
    _tag = rS
    constructor(t, r) {
      this.left = t, this.right = r
    }
    _hash;
    [D]() {
      return d(ce(`${hm}-${this._tag}`), B(T(this.left)), B(T(this.right)), G(this))
    }
    [M](t) {
      return xm(t) && t._tag === rS && A(this.left, t.left) && A(this.right, t.right)
    }
    toString() {
      return te(this.toJSON())
    }
    toJSON() {
      return { _id: "FiberId", _tag: this._tag, left: ee(this.left), right: ee(this.right) }
    }
    [z]() {
      return this.toJSON()
    }
  },
  iS = new nS()
var xm = (e) => I(e, Rs)
var aS = p(2, (e, t) => e._tag === Gc ? t : t._tag === Gc ? e : new sS(e, t)),
  PI = (e) => d(e, _s(iS, (t, r) => aS(r)(t)))
var mm = (e) => {
    switch (e._tag) {
      case Gc:
        return Gn()
      case tS:
        return Gi(e.id)
      case rS:
        return d(mm(e.left), To(mm(e.right)))
    }
  },
  AI = H(Symbol.for("effect/Fiber/Id/_fiberCounter"), () => Gr(0))
var gm = (e) => Array.from(mm(e)).map((r) => `#${r}`).join(",")
var FI = () => {
  let e = Re(AI)
  return d(AI, Tr(e + 1)), new oS(e, Date.now())
}
var Vr = iS
var vI = aS, DI = PI
var NI = gm
var ym = FI
var ia = Wc
var LI = $R, UI = KR, cS = GR
var Jc = Ki, uS = Jd
var qI = Zd
var HI = QR
var WI = Xd, pS = Bc
var Zp = Symbol.for("effect/List"),
  lS = (e) => le(e),
  bB = (e) => zy(gs(e), lS),
  CB = bB(A),
  _B = {
    [Zp]: Zp,
    _tag: "Cons",
    toString() {
      return te(this.toJSON())
    },
    toJSON() {
      return { _id: "List", _tag: "Cons", values: lS(this).map(ee) }
    },
    [z]() {
      return this.toJSON()
    },
    [M](e) {
      return zI(e) && this._tag === e._tag && CB(this, e)
    },
    [D]() {
      return G(this, nr(lS(this)))
    },
    [Symbol.iterator]() {
      let e = !1, t = this
      return {
        next() {
          if (e) return this.return()
          if (t._tag === "Nil") return e = !0, this.return()
          let r = t.head
          return t = t.tail, { done: e, value: r }
        },
        return(r) {
          return e || (e = !0), { done: !0, value: r }
        }
      }
    },
    pipe() {
      return E(this, arguments)
    }
  },
  Sm = (e, t) => {
    let r = Object.create(_B)
    return r.head = e, r.tail = t, r
  },
  OB = ce("Nil"),
  kB = {
    [Zp]: Zp,
    _tag: "Nil",
    toString() {
      return te(this.toJSON())
    },
    toJSON() {
      return { _id: "List", _tag: "Nil" }
    },
    [z]() {
      return this.toJSON()
    },
    [D]() {
      return OB
    },
    [M](e) {
      return zI(e) && this._tag === e._tag
    },
    [Symbol.iterator]() {
      return {
        next() {
          return { done: !0, value: void 0 }
        }
      }
    },
    pipe() {
      return E(this, arguments)
    }
  },
  BI = Object.create(kB),
  zI = (e) => I(e, Zp),
  Qn = (e) => e._tag === "Nil",
  fS = (e) => e._tag === "Cons"
var wB = () => BI, Io = (e, t) => Sm(e, t), Is = wB, Yp = (e) => Sm(e, BI)
var $I = p(2, (e, t) => RB(t, e)),
  TB = p(2, (e, t) => Io(t, e)),
  RB = p(2, (e, t) => {
    if (Qn(e)) return t
    if (Qn(t)) return e
    {
      let r = Sm(t.head, e), n = r, o = t.tail
      for (; !Qn(o);) {
        let s = Sm(o.head, e)
        n.tail = s, n = s, o = o.tail
      }
      return r
    }
  })
var jI = p(3, (e, t, r) => {
  let n = t, o = e
  for (; !Qn(o);) n = r(n, o.head), o = o.tail
  return n
})
var KI = (e) => {
  let t = Is(), r = e
  for (; !Qn(r);) t = TB(t, r.head), r = r.tail
  return t
}
var IB = Object.assign(Object.create(Array.prototype), {
    [D]() {
      return G(this, nr(this))
    },
    [M](e) {
      return Array.isArray(e) && this.length === e.length ? this.every((t, r) => A(t, e[r])) : !1
    }
  }),
  As = (function() {
    function e(t) {
      t && Object.assign(this, t)
    }
    return e.prototype = Up, e
  })()
var AB = Symbol.for("effect/DifferContextPatch")
function VI(e) {
  return e
}
var el = { ...As.prototype, [AB]: { _Value: VI, _Patch: VI } },
  PB = Object.assign(Object.create(el), { _tag: "Empty" }),
  FB = Object.create(PB),
  mS = () => FB,
  MB = Object.assign(Object.create(el), { _tag: "AndThen" }),
  vB = (e, t) => {
    let r = Object.create(MB)
    return r.first = e, r.second = t, r
  },
  DB = Object.assign(Object.create(el), { _tag: "AddService" }),
  NB = (e, t) => {
    let r = Object.create(DB)
    return r.key = e, r.service = t, r
  },
  LB = Object.assign(Object.create(el), { _tag: "RemoveService" }),
  UB = (e) => {
    let t = Object.create(LB)
    return t.key = e, t
  },
  qB = Object.assign(Object.create(el), { _tag: "UpdateService" }),
  HB = (e, t) => {
    let r = Object.create(qB)
    return r.key = e, r.update = t, r
  },
  JI = (e, t) => {
    let r = new Map(e.unsafeMap), n = mS()
    for (let [o, s] of t.unsafeMap.entries()) {
      if (r.has(o)) {
        let i = r.get(o)
        r.delete(o), A(i, s) || (n = Xp(HB(o, () => s))(n))
      } else r.delete(o), n = Xp(NB(o, s))(n)
    }
    for (let [o] of r.entries()) n = Xp(UB(o))(n)
    return n
  },
  Xp = p(2, (e, t) => vB(e, t)),
  QI = p(2, (e, t) => {
    if (e._tag === "Empty") return t
    let r = !1, n = be(e), o = new Map(t.unsafeMap)
    for (; mt(n);) {
      let i = Tt(n), a = zt(n)
      switch (i._tag) {
        case "Empty": {
          n = a
          break
        }
        case "AddService": {
          o.set(i.key, i.service), n = a
          break
        }
        case "AndThen": {
          n = ve(ve(a, i.second), i.first)
          break
        }
        case "RemoveService": {
          o.delete(i.key), n = a
          break
        }
        case "UpdateService": {
          o.set(i.key, i.update(o.get(i.key))), r = !0, n = a
          break
        }
      }
    }
    if (!r) return ko(o)
    let s = new Map()
    for (let [i] of t.unsafeMap) o.has(i) && (s.set(i, o.get(i)), o.delete(i))
    for (let [i, a] of o) s.set(i, a)
    return ko(s)
  })
var BB = Symbol.for("effect/DifferHashSetPatch")
function hS(e) {
  return e
}
var Cm = { ...As.prototype, [BB]: { _Value: hS, _Key: hS, _Patch: hS } },
  zB = Object.assign(Object.create(Cm), { _tag: "Empty" }),
  $B = Object.create(zB),
  xS = () => $B,
  jB = Object.assign(Object.create(Cm), { _tag: "AndThen" }),
  KB = (e, t) => {
    let r = Object.create(jB)
    return r.first = e, r.second = t, r
  },
  GB = Object.assign(Object.create(Cm), { _tag: "Add" }),
  VB = (e) => {
    let t = Object.create(GB)
    return t.value = e, t
  },
  JB = Object.assign(Object.create(Cm), { _tag: "Remove" }),
  QB = (e) => {
    let t = Object.create(JB)
    return t.value = e, t
  },
  ZI = (e, t) => {
    let [r, n] = _s([e, xS()], ([o, s], i) => uI(i)(o) ? [zE(i)(o), s] : [o, bm(VB(i))(s)])(t)
    return _s(n, (o, s) => bm(QB(s))(o))(r)
  },
  bm = p(2, (e, t) => KB(e, t)),
  YI = p(2, (e, t) => {
    if (e._tag === "Empty") return t
    let r = t, n = be(e)
    for (; mt(n);) {
      let o = Tt(n), s = zt(n)
      switch (o._tag) {
        case "Empty": {
          n = s
          break
        }
        case "AndThen": {
          n = ve(o.first)(ve(o.second)(s))
          break
        }
        case "Add": {
          r = Ji(o.value)(r), n = s
          break
        }
        case "Remove":
          r = zE(o.value)(r), n = s
      }
    }
    return r
  })
var YB = Symbol.for("effect/DifferReadonlyArrayPatch")
function XI(e) {
  return e
}
var rl = { ...As.prototype, [YB]: { _Value: XI, _Patch: XI } },
  XB = Object.assign(Object.create(rl), { _tag: "Empty" }),
  ez = Object.create(XB),
  gS = () => ez,
  tz = Object.assign(Object.create(rl), { _tag: "AndThen" }),
  rz = (e, t) => {
    let r = Object.create(tz)
    return r.first = e, r.second = t, r
  },
  nz = Object.assign(Object.create(rl), { _tag: "Append" }),
  oz = (e) => {
    let t = Object.create(nz)
    return t.values = e, t
  },
  sz = Object.assign(Object.create(rl), { _tag: "Slice" }),
  iz = (e, t) => {
    let r = Object.create(sz)
    return r.from = e, r.until = t, r
  },
  az = Object.assign(Object.create(rl), { _tag: "Update" }),
  cz = (e, t) => {
    let r = Object.create(az)
    return r.index = e, r.patch = t, r
  },
  eA = (e) => {
    let t = 0, r = gS()
    for (; t < e.oldValue.length && t < e.newValue.length;) {
      let n = e.oldValue[t], o = e.newValue[t], s = e.differ.diff(n, o)
      A(s, e.differ.empty) || (r = tl(r, cz(t, s))), t = t + 1
    }
    return t < e.oldValue.length && (r = tl(r, iz(0, t))),
      t < e.newValue.length && (r = tl(r, oz(pR(t)(e.newValue)))),
      r
  },
  tl = p(2, (e, t) => rz(e, t)),
  tA = p(3, (e, t, r) => {
    if (e._tag === "Empty") return t
    let n = t.slice(), o = Ft(e)
    for (; xs(o);) {
      let s = rt(o), i = ln(o)
      switch (s._tag) {
        case "Empty": {
          o = i
          break
        }
        case "AndThen": {
          i.unshift(s.first, s.second), o = i
          break
        }
        case "Append": {
          for (let a of s.values) n.push(a)
          o = i
          break
        }
        case "Slice": {
          n = n.slice(s.from, s.until), o = i
          break
        }
        case "Update": {
          n[s.index] = r.patch(s.patch, n[s.index]), o = i
          break
        }
      }
    }
    return n
  })
var rA = Symbol.for("effect/Differ"),
  pz = {
    [rA]: { _P: v, _V: v },
    pipe() {
      return E(this, arguments)
    }
  },
  Ps = (e) => {
    let t = Object.create(pz)
    return t.empty = e.empty, t.diff = e.diff, t.combine = e.combine, t.patch = e.patch, t
  },
  yS = () => Ps({ empty: mS(), combine: (e, t) => Xp(t)(e), diff: (e, t) => JI(e, t), patch: (e, t) => QI(t)(e) })
var ES = () => Ps({ empty: xS(), combine: (e, t) => bm(t)(e), diff: (e, t) => ZI(e, t), patch: (e, t) => YI(t)(e) })
var SS = (e) =>
  Ps({
    empty: gS(),
    combine: (t, r) => tl(t, r),
    diff: (t, r) => eA({ oldValue: t, newValue: r, differ: e }),
    patch: (t, r) => tA(t, r, e)
  })
var _m = () => nA((e, t) => t),
  nA = (e) =>
    Ps({
      empty: v,
      combine: (t, r) => t === v ? r : r === v ? t : (n) => r(t(n)),
      diff: (t, r) => A(t, r) ? v : wp(r),
      patch: (t, r) => e(r, t(r))
    })
var nl = 255,
  oA = 8,
  Om = (e) => e & nl,
  km = (e) => e >> oA & nl,
  aa = (e, t) => (e & nl) + ((t & e & nl) << oA),
  CS = aa(0, 0),
  sA = (e) => aa(e, e),
  iA = (e) => aa(e, 0)
var aA = p(2, (e, t) => aa(Om(e) & ~t, km(e)))
var _S = p(2, (e, t) => e | t)
var cA = (e) => ~e >>> 0 & nl
var lz = 0, Zn = 1, pA = 2, OS = 4, wm = 16, kS = 32
var lA = (e) => Tm(e, kS), wS = p(2, (e, t) => e & ~t)
var TS = p(2, (e, t) => e | t)
var Ao = (e) => RS(e) && !fz(e), RS = (e) => Tm(e, Zn)
var Tm = p(2, (e, t) => (e & t) !== 0), IS = (...e) => e.reduce((t, r) => t | r, 0), fA = IS(lz)
var AS = (e) => Tm(e, OS)
var fz = (e) => Tm(e, wm)
var gn = p(2, (e, t) => aa(e ^ t, t)), Fs = p(2, (e, t) => e & (cA(Om(t)) | km(t)) | Om(t) & km(t))
var PS = Ps({ empty: CS, diff: (e, t) => gn(e, t), combine: (e, t) => _S(t)(e), patch: (e, t) => Fs(t, e) })
var dA = sA, FS = iA
var MS = aA
var DS = (e, t) => ({ _tag: "Par", left: e, right: t }), Rm = (e, t) => ({ _tag: "Seq", left: e, right: t })
var xA = (e) => {
    let t = Yp(e), r = Is()
    for (;;) {
      let [n, o] = jI(t, [gA(), Is()], ([s, i], a) => {
        let [c, u] = dz(a)
        return [Sz(s, c), $I(i, u)]
      })
      if (r = mz(r, n), Qn(o)) return KI(r)
      t = o
    }
    throw new Error(
      "BUG: BlockedRequests.flatten - please report an issue at https://github.com/Effect-TS/effect/issues"
    )
  },
  dz = (e) => {
    let t = e, r = gA(), n = Is(), o = Is()
    for (;;) {
      switch (t._tag) {
        case "Empty": {
          if (Qn(n)) return [r, o]
          t = n.head, n = n.tail
          break
        }
        case "Par": {
          n = Io(t.right, n), t = t.left
          break
        }
        case "Seq": {
          let s = t.left, i = t.right
          switch (s._tag) {
            case "Empty": {
              t = i
              break
            }
            case "Par": {
              let a = s.left, c = s.right
              t = DS(Rm(a, i), Rm(c, i))
              break
            }
            case "Seq": {
              let a = s.left, c = s.right
              t = Rm(a, Rm(c, i))
              break
            }
            case "Single": {
              t = s, o = Io(i, o)
              break
            }
          }
          break
        }
        case "Single": {
          if (r = Ez(r, t), Qn(n)) return [r, o]
          t = n.head, n = n.tail
          break
        }
      }
    }
    throw new Error("BUG: BlockedRequests.step - please report an issue at https://github.com/Effect-TS/effect/issues")
  },
  mz = (e, t) => {
    if (Qn(e)) return Yp(vS(t))
    if (bz(t)) return e
    let r = Tz(e.head), n = Cz(t)
    return r.length === 1 && n.length === 1 && A(r[0], n[0]) ? Io(wz(e.head, vS(t)), e.tail) : Io(vS(t), e)
  },
  hz = Symbol.for("effect/RequestBlock/Entry"),
  hA = class {
    request
    result
    listeners
    ownerId
    state;
    [hz] = xz
    constructor(t, r, n, o, s) {
      this.request = t, this.result = r, this.listeners = n, this.ownerId = o, this.state = s
    }
  },
  xz = { _R: (e) => e }
var gz = Symbol.for("effect/RequestBlock/RequestBlockParallel"),
  yz = { _R: (e) => e },
  sl = class {
    map;
    [gz] = yz
    constructor(t) {
      this.map = t
    }
  },
  gA = () => new sl(ia())
var Ez = (e, t) => new sl(qI(e.map, t.dataSource, (r) => XT(_t(r, Es(t.blockedRequest)), () => be(t.blockedRequest)))),
  Sz = (e, t) =>
    new sl(pS(e.map, t.map, (r, n, o) => Jc(r, o, pe(cS(r, o), { onNone: () => n, onSome: (s) => nt(n, s) })))),
  bz = (e) => UI(e.map),
  Cz = (e) => Array.from(uS(e.map)),
  vS = (e) => kz(HI(e.map, (t) => be(t))),
  _z = Symbol.for("effect/RequestBlock/RequestBlockSequential"),
  Oz = { _R: (e) => e },
  Im = class {
    map;
    [_z] = Oz
    constructor(t) {
      this.map = t
    }
  },
  kz = (e) => new Im(e),
  wz = (e, t) =>
    new Im(pS(t.map, e.map, (r, n, o) => Jc(r, o, pe(cS(r, o), { onNone: () => Me(), onSome: (s) => nt(s, n) }))))
var Tz = (e) => Array.from(uS(e.map)), yA = (e) => Array.from(e.map)
var ca = "Pending", Qc = "Done"
var Iz = "effect/Deferred",
  SA = Symbol.for(Iz),
  bA = { _E: (e) => e, _A: (e) => e },
  CA = (e) => ({ _tag: ca, joiners: e }),
  NS = (e) => ({ _tag: Qc, effect: e })
var Zc = class e {
  self
  called = !1
  constructor(t) {
    this.self = t
  }
  next(t) {
    return this.called ? { value: t, done: !0 } : (this.called = !0, { value: this.self, done: !1 })
  }
  return(t) {
    return { value: t, done: !0 }
  }
  throw(t) {
    throw t
  }
  [Symbol.iterator]() {
    return new e(this.self)
  }
}
var Lm = (e, t) => {
    let r = new Ke("Blocked")
    return r.effect_instruction_i0 = e, r.effect_instruction_i1 = t, r
  },
  $S = (e) => {
    let t = new Ke("RunBlocked")
    return t.effect_instruction_i0 = e, t
  },
  Ms = Symbol.for("effect/Effect"),
  Am = class {
    patch
    op
    _op = Dp
    constructor(t, r) {
      this.patch = t, this.op = r
    }
  },
  Ke = class {
    _op
    effect_instruction_i0 = void 0
    effect_instruction_i1 = void 0
    effect_instruction_i2 = void 0
    trace = void 0;
    [Ms] = ls
    constructor(t) {
      this._op = t
    }
    [M](t) {
      return this === t
    }
    [D]() {
      return G(this, _c(this))
    }
    pipe() {
      return E(this, arguments)
    }
    toJSON() {
      return {
        _id: "Effect",
        _op: this._op,
        effect_instruction_i0: ee(this.effect_instruction_i0),
        effect_instruction_i1: ee(this.effect_instruction_i1),
        effect_instruction_i2: ee(this.effect_instruction_i2)
      }
    }
    toString() {
      return te(this.toJSON())
    }
    [z]() {
      return this.toJSON()
    }
    [Symbol.iterator]() {
      return new Zc(new Bn(this))
    }
  },
  Pm = class {
    _op
    effect_instruction_i0 = void 0
    effect_instruction_i1 = void 0
    effect_instruction_i2 = void 0
    trace = void 0;
    [Ms] = ls
    constructor(t) {
      this._op = t, this._tag = t
    }
    [M](t) {
      return au(t) && t._op === "Failure" && A(this.effect_instruction_i0, t.effect_instruction_i0)
    }
    [D]() {
      return d(ce(this._tag), B(T(this.effect_instruction_i0)), G(this))
    }
    get cause() {
      return this.effect_instruction_i0
    }
    pipe() {
      return E(this, arguments)
    }
    toJSON() {
      return { _id: "Exit", _tag: this._op, cause: this.cause.toJSON() }
    }
    toString() {
      return te(this.toJSON())
    }
    [z]() {
      return this.toJSON()
    }
    [Symbol.iterator]() {
      return new Zc(new Bn(this))
    }
  },
  Fm = class {
    _op
    effect_instruction_i0 = void 0
    effect_instruction_i1 = void 0
    effect_instruction_i2 = void 0
    trace = void 0;
    [Ms] = ls
    constructor(t) {
      this._op = t, this._tag = t
    }
    [M](t) {
      return au(t) && t._op === "Success" && A(this.effect_instruction_i0, t.effect_instruction_i0)
    }
    [D]() {
      return d(ce(this._tag), B(T(this.effect_instruction_i0)), G(this))
    }
    get value() {
      return this.effect_instruction_i0
    }
    pipe() {
      return E(this, arguments)
    }
    toJSON() {
      return { _id: "Exit", _tag: this._op, value: ee(this.value) }
    }
    toString() {
      return te(this.toJSON())
    }
    [z]() {
      return this.toJSON()
    }
    [Symbol.iterator]() {
      return new Zc(new Bn(this))
    }
  },
  ar = (e) => I(e, Ms),
  re = (e) => {
    let t = new Ke(kd)
    return t.effect_instruction_i0 = e, t
  },
  jS = p(
    3,
    (e, t, r) =>
      It((n) =>
        g(e, (o) =>
          g(cr(Y(() => n(t(o)))), (s) =>
            Y(() => r(o, s)).pipe(xt({
              onFailure: (i) => {
                switch (s._tag) {
                  case $e:
                    return Ie(Je(s.effect_instruction_i0, i))
                  case je:
                    return Ie(i)
                }
              },
              onSuccess: () => s
            }))))
      )
  ),
  Le = p(2, (e, t) => g(e, () => R(t))),
  st = (e) => Le(e, void 0),
  KS = function() {
    let e = new Ke(Ui)
    switch (arguments.length) {
      case 2: {
        e.effect_instruction_i0 = arguments[0], e.commit = arguments[1]
        break
      }
      case 3: {
        e.effect_instruction_i0 = arguments[0], e.effect_instruction_i1 = arguments[1], e.commit = arguments[2]
        break
      }
      case 4: {
        e.effect_instruction_i0 = arguments[0],
          e.effect_instruction_i1 = arguments[1],
          e.effect_instruction_i2 = arguments[2],
          e.commit = arguments[3]
        break
      }
      default:
        throw new Error(Fi("you're not supposed to end up here"))
    }
    return e
  },
  al = (e, t = Vr) => {
    let r = new Ke(Li), n
    return r.effect_instruction_i0 = (o) => {
      n = e(o)
    },
      r.effect_instruction_i1 = t,
      Mo(r, (o) => ar(n) ? n : ne)
  },
  cl = (e, t = Vr) => Y(() => al(e, t)),
  jt = (e, t = Vr) =>
    KS(e, function() {
      let r, n
      function o(c) {
        r ? r(c) : n === void 0 && (n = c)
      }
      let s = new Ke(Li)
      s.effect_instruction_i0 = (c) => {
        r = c, n && c(n)
      }, s.effect_instruction_i1 = t
      let i, a
      return this.effect_instruction_i0.length !== 1
        ? (a = new AbortController(), i = tt(() => this.effect_instruction_i0(o, a.signal)))
        : i = tt(() => this.effect_instruction_i0(o)),
        i || a ? Mo(s, (c) => (a && a.abort(), i ?? ne)) : s
    })
var Yc = p(2, (e, t) => {
    let r = new Ke(kc)
    return r.effect_instruction_i0 = e, r.effect_instruction_i1 = t, r
  }),
  yn = p(2, (e, t) => Kt(e, { onFailure: t, onSuccess: R })),
  GS = p(3, (e, t, r) =>
    Yc(e, (n) => {
      let o = na(n)
      switch (o._tag) {
        case "Left":
          return t(o.left) ? r(o.left) : Ie(n)
        case "Right":
          return Ie(o.right)
      }
    }))
var _A = Symbol.for("effect/OriginalAnnotation")
var Um = (e, t) =>
    V(t)
      ? new Proxy(e, {
        has(r, n) {
          return n === ta || n === _A || n in r
        },
        get(r, n) {
          return n === ta ? t.value : n === _A ? e : r[n]
        }
      })
      : e,
  Rr = (e) => Ct(e) && !(ta in e) ? re((t) => Ie($t(Um(e, eh(t))))) : Ie($t(e)),
  Xc = (e) => eu(() => $t(new NA(e)))
var Po = (e) => Kt(e, { onFailure: (t) => R(w(t)), onSuccess: (t) => R(P(t)) }),
  cr = (e) => qm(e, { onFailure: Ee, onSuccess: Fe }),
  Se = (e) => Ct(e) && !(ta in e) ? re((t) => Ie(Vn(Um(e, eh(t))))) : Ie(Vn(e)),
  Fo = (e) => g(_(e), Se),
  Ie = (e) => {
    let t = new Pm($e)
    return t.effect_instruction_i0 = e, t
  },
  eu = (e) => g(_(e), Ie),
  ua = re((e) => R(e.id())),
  Yn = (e) => re((t) => e(t.id())),
  g = p(2, (e, t) => {
    let r = new Ke(wc)
    return r.effect_instruction_i0 = e, r.effect_instruction_i1 = t, r
  })
var VS = (e) => {
    let t = new Ke("OnStep")
    return t.effect_instruction_i0 = e, t
  },
  Xn = (e) => g(e, v)
var qm = p(2, (e, t) => xt(e, { onFailure: (r) => R(t.onFailure(r)), onSuccess: (r) => R(t.onSuccess(r)) })),
  xt = p(2, (e, t) => {
    let r = new Ke(Tc)
    return r.effect_instruction_i0 = e, r.effect_instruction_i1 = t.onFailure, r.effect_instruction_i2 = t.onSuccess, r
  }),
  Kt = p(2, (e, t) =>
    xt(e, {
      onFailure: (r) => {
        if (JE(r).length > 0) return Ie(hI(r))
        let o = im(r)
        return o.length > 0 ? t.onFailure(ME(o)) : Ie(r)
      },
      onSuccess: t.onSuccess
    })),
  ur = p(2, (e, t) =>
    Y(() => {
      let r = le(e), n = Bi(r.length), o = 0
      return Le(
        fl({
          while: () => o < r.length,
          body: () => t(r[o], o),
          step: (s) => {
            n[o++] = s
          }
        }),
        n
      )
    })),
  vs = p(2, (e, t) =>
    Y(() => {
      let r = le(e), n = 0
      return fl({
        while: () => n < r.length,
        body: () => t(r[n], n),
        step: () => {
          n++
        }
      })
    }))
var Jr = g(ua, (e) => JS(e)),
  JS = (e) => Ie(ir(e)),
  pa = (e) => {
    let t = new Ke(ps)
    return t.effect_instruction_i0 = dA(Zn), t.effect_instruction_i1 = () => e, t
  }
var la = p(2, (e, t) => It((r) => g(cr(r(e)), (n) => zA(t, n)))),
  j = p(2, (e, t) => g(e, (r) => _(() => t(r)))),
  ul = p(2, (e, t) => Kt(e, { onFailure: (r) => Fo(() => t.onFailure(r)), onSuccess: (r) => _(() => t.onSuccess(r)) })),
  Ds = p(2, (e, t) =>
    xt(e, {
      onFailure: (r) => {
        let n = na(r)
        switch (n._tag) {
          case "Left":
            return Fo(() => t(n.left))
          case "Right":
            return Ie(n.right)
        }
      },
      onSuccess: R
    }))
var Ir = p(2, (e, t) =>
    It((r) =>
      xt(r(e), {
        onFailure: (n) => {
          let o = Ee(n)
          return xt(t(o), { onFailure: (s) => Ee(Je(n, s)), onSuccess: () => o })
        },
        onSuccess: (n) => {
          let o = Fe(n)
          return ke(t(o), o)
        }
      })
    )),
  Mo = p(2, (e, t) => Ir(e, ba({ onFailure: (r) => ra(r) ? st(t(Vp(r))) : ne, onSuccess: () => ne })))
var pl = (e) => kA(e, v), kA = p(2, (e, t) => Kt(e, { onFailure: (r) => Rr(t(r)), onSuccess: R }))
var Hm = re((e, t) => R(t.runtimeFlags)),
  R = (e) => {
    let t = new Fm(je)
    return t.effect_instruction_i0 = e, t
  },
  Y = (e) => {
    let t = new Ke(Ui)
    return t.commit = e, t
  },
  _ = (e) => {
    let t = new Ke(Od)
    return t.effect_instruction_i0 = e, t
  },
  vo = p((e) => e.length === 3 || e.length === 2 && !(Ct(e[1]) && "onlyEffect" in e[1]), (e, t) =>
    g(e, (r) => {
      let n = typeof t == "function" ? t(r) : t
      return ar(n) ? Le(n, r) : kT(n)
        ? al((o) => {
          n.then((s) => o(R(r)), (s) => o(Se(new gl(s, "An unknown error occurred in Effect.tap"))))
        })
        : R(r)
    })),
  QS = (e) =>
    re((t) => {
      let r = t.getFiberRef(Dm), n = d(r, ge(() => t.scope()))
      return e(En(Dm, S(n)))
    })
var Ns = (e) => {
    let t = new Ke(ps)
    return t.effect_instruction_i0 = FS(Zn), t.effect_instruction_i1 = () => e, t
  },
  It = (e) =>
    KS(e, function() {
      let t = new Ke(ps)
      return t.effect_instruction_i0 = FS(Zn),
        t.effect_instruction_i1 = (r) =>
          RS(r) ? tt(() => this.effect_instruction_i0(pa)) : tt(() => this.effect_instruction_i0(Ns)),
        t
    }),
  ne = R(void 0)
var ll = (e) => {
    let t = new Ke(ps)
    return t.effect_instruction_i0 = e, t.effect_instruction_i1 = void 0, t
  },
  fa = p(2, (e, t) => g(t, (r) => r ? d(e, j(S)) : R(y()))),
  fl = (e) => {
    let t = new Ke(Rc)
    return t.effect_instruction_i0 = e.while, t.effect_instruction_i1 = e.body, t.effect_instruction_i2 = e.step, t
  },
  Mm = (e) =>
    Y(() => {
      let t = new Ke(qi)
      return t.effect_instruction_i0 = e(), t
    }),
  Wm = function() {
    let e = arguments.length === 1 ? arguments[0] : arguments[1].bind(arguments[0])
    return Mm(() => e(d))
  },
  Bm = (e, ...t) =>
    Object.defineProperty(
      t.length === 0
        ? function(...r) {
          return Mm(() => e.apply(this, r))
        }
        : function(...r) {
          let n = Mm(() => e.apply(this, r))
          for (let o of t) n = o(n, ...r)
          return n
        },
      "length",
      { value: e.length, configurable: !0 }
    )
var ZS = p(2, (e, t) => {
  let r = new Ke(ps)
  return r.effect_instruction_i0 = t, r.effect_instruction_i1 = () => e, r
})
var tu = (e) => {
    let t = new Ke(Ic)
    return typeof e?.priority < "u" ? DA(t, e.priority) : t
  },
  da = p(2, (e, t) => g(e, (r) => j(t, (n) => [r, n])))
var ma = p(2, (e, t) => g(e, (r) => Le(t, r))),
  ke = p(2, (e, t) => g(e, () => t)),
  ha = p(3, (e, t, r) => g(e, (n) => j(t, (o) => r(n, o)))),
  ru = cl(() => {
    let e = setInterval(() => {}, 2147483647)
    return _(() => clearInterval(e))
  }),
  nu = (e) => g(ua, (t) => d(e, pr(t))),
  pr = p(2, (e, t) => g(e.interruptAsFork(t), () => e.await)),
  wA = {
    _tag: "All",
    syslog: 0,
    label: "ALL",
    ordinal: Number.MIN_SAFE_INTEGER,
    pipe() {
      return E(this, arguments)
    }
  },
  TA = {
    _tag: "Fatal",
    syslog: 2,
    label: "FATAL",
    ordinal: 5e4,
    pipe() {
      return E(this, arguments)
    }
  },
  RA = {
    _tag: "Error",
    syslog: 3,
    label: "ERROR",
    ordinal: 4e4,
    pipe() {
      return E(this, arguments)
    }
  },
  YS = {
    _tag: "Warning",
    syslog: 4,
    label: "WARN",
    ordinal: 3e4,
    pipe() {
      return E(this, arguments)
    }
  },
  XS = {
    _tag: "Info",
    syslog: 6,
    label: "INFO",
    ordinal: 2e4,
    pipe() {
      return E(this, arguments)
    }
  },
  eb = {
    _tag: "Debug",
    syslog: 7,
    label: "DEBUG",
    ordinal: 1e4,
    pipe() {
      return E(this, arguments)
    }
  },
  IA = {
    _tag: "Trace",
    syslog: 7,
    label: "TRACE",
    ordinal: 0,
    pipe() {
      return E(this, arguments)
    }
  },
  AA = {
    _tag: "None",
    syslog: 7,
    label: "OFF",
    ordinal: Number.MAX_SAFE_INTEGER,
    pipe() {
      return E(this, arguments)
    }
  }
var Mz = "effect/FiberRef", PA = Symbol.for(Mz), vz = { _A: (e) => e }, xa = (e) => re((t) => Fe(t.getFiberRef(e)))
var Do = p(2, (e, t) => g(xa(e), t)), vm = p(2, (e, t) => FA(e, () => [void 0, t]))
var FA = p(2, (e, t) =>
  re((r) => {
    let [n, o] = t(r.getFiberRef(e))
    return r.setFiberRef(e, o), R(n)
  }))
var Dz = "effect/RequestResolver",
  MA = Symbol.for(Dz),
  Nz = { _A: (e) => e, _R: (e) => e },
  OA = class e {
    runAll
    target;
    [MA] = Nz
    constructor(t, r) {
      this.runAll = t, this.target = r
    }
    [D]() {
      return G(this, this.target ? T(this.target) : _c(this))
    }
    [M](t) {
      return this.target ? Lz(t) && A(this.target, t.target) : this === t
    }
    identified(...t) {
      return new e(this.runAll, mn(t))
    }
    pipe() {
      return E(this, arguments)
    }
  },
  Lz = (e) => I(e, MA)
var En = p(3, (e, t, r) => jS(ma(xa(t), vm(t, r)), () => e, (n) => vm(t, n))),
  ga = p(3, (e, t, r) => Do(t, (n) => En(e, t, r(n)))),
  We = (e, t) => Ls(e, { differ: _m(), fork: t?.fork ?? v, join: t?.join }),
  tb = (e) => {
    let t = ES()
    return Ls(e, { differ: t, fork: t.empty })
  },
  Uz = (e) => {
    let t = SS(_m())
    return Ls(e, { differ: t, fork: t.empty })
  },
  dl = (e) => {
    let t = yS()
    return Ls(e, { differ: t, fork: t.empty })
  },
  Ls = (e, t) => ({
    ...fs,
    [PA]: vz,
    initial: e,
    commit() {
      return xa(this)
    },
    diff: (n, o) => t.differ.diff(n, o),
    combine: (n, o) => t.differ.combine(n, o),
    patch: (n) => (o) => t.differ.patch(n, o),
    fork: t.fork,
    join: t.join ?? ((n, o) => o)
  }),
  vA = (e) => Ls(e, { differ: PS, fork: PS.empty }),
  lr = H(Symbol.for("effect/FiberRef/currentContext"), () => dl(fn())),
  eo = H(Symbol.for("effect/FiberRef/currentSchedulingPriority"), () => We(0)),
  zm = H(Symbol.for("effect/FiberRef/currentMaxOpsBeforeYield"), () => We(2048)),
  ou = H(Symbol.for("effect/FiberRef/currentLogAnnotation"), () => We(ia())),
  $m = H(Symbol.for("effect/FiberRef/currentLogLevel"), () => We(XS)),
  jm = H(Symbol.for("effect/FiberRef/currentLogSpan"), () => We(Is())),
  DA = p(2, (e, t) => En(e, eo, t))
var rb = H(Symbol.for("effect/FiberRef/currentConcurrency"), () => We("unbounded")),
  nb = H(Symbol.for("effect/FiberRef/currentRequestBatching"), () => We(!0)),
  ob = H(Symbol.for("effect/FiberRef/currentUnhandledErrorLogLevel"), () => We(S(eb))),
  sb = H(Symbol.for("effect/FiberRef/versionMismatchErrorLogLevel"), () => We(S(YS)))
var ya = H(Symbol.for("effect/FiberRef/currentMetricLabels"), () => Uz(Or()))
var Dm = H(
    Symbol.for("effect/FiberRef/currentForkScopeOverride"),
    () => We(y(), { fork: () => y(), join: (e, t) => e })
  ),
  No = H(Symbol.for("effect/FiberRef/currentInterruptedCause"), () => We(jr, { fork: () => jr, join: (e, t) => e })),
  Km = H(Symbol.for("effect/FiberRef/currentTracerEnabled"), () => We(!0)),
  su = H(Symbol.for("effect/FiberRef/currentTracerTiming"), () => We(!0)),
  Gm = H(Symbol.for("effect/FiberRef/currentTracerSpanAnnotations"), () => We(ia())),
  ib = H(Symbol.for("effect/FiberRef/currentTracerSpanLinks"), () => We(Me())),
  Vm = Symbol.for("effect/Scope"),
  Jm = Symbol.for("effect/CloseableScope"),
  ml = (e, t) => e.addFinalizer(() => st(t)),
  Ea = (e, t) => e.addFinalizer(t),
  iu = (e, t) => e.close(t),
  Qr = (e, t) => e.fork(t)
var hl = (function() {
    class e extends globalThis.Error {
      commit() {
        return Se(this)
      }
      toJSON() {
        let r = { ...this }
        return this.message && (r.message = this.message), this.cause && (r.cause = this.cause), r
      }
      [z]() {
        return this.toString !== globalThis.Error.prototype.toString ?
          this.stack ?
            `${this.toString()}
${
              this.stack.split(`
`).slice(1).join(`
`)
            }` :
            this.toString() :
          "Bun" in globalThis
          ? hn(Vn(this), { renderErrorCause: !0 })
          : this
      }
    }
    return Object.assign(e.prototype, Qy), e
  })(),
  Sa = (e, t) => {
    class r extends hl {
      _tag = t
    }
    return Object.assign(r.prototype, e), r.prototype.name = t, r
  },
  LS = Symbol.for("effect/Cause/errors/RuntimeException"),
  NA = Sa({ [LS]: LS }, "RuntimeException")
var Nm = Symbol.for("effect/Cause/errors/InterruptedException"),
  qz = Sa({ [Nm]: Nm }, "InterruptedException"),
  ab = (e) => I(e, Nm),
  US = Symbol.for("effect/Cause/errors/IllegalArgument"),
  xl = Sa({ [US]: US }, "IllegalArgumentException")
var qS = Symbol.for("effect/Cause/errors/NoSuchElement"), Sn = Sa({ [qS]: qS }, "NoSuchElementException")
var HS = Symbol.for("effect/Cause/errors/InvalidPubSubCapacityException"),
  OY = Sa({ [HS]: HS }, "InvalidPubSubCapacityException"),
  WS = Symbol.for("effect/Cause/errors/ExceededCapacityException"),
  Hz = Sa({ [WS]: WS }, "ExceededCapacityException")
var BS = Symbol.for("effect/Cause/errors/Timeout"), Wz = Sa({ [BS]: BS }, "TimeoutException")
var zS = Symbol.for("effect/Cause/errors/UnknownException"),
  gl = (function() {
    class e extends hl {
      _tag = "UnknownException"
      error
      constructor(r, n) {
        super(n ?? "An unknown error occurred", { cause: r }), this.error = r
      }
    }
    return Object.assign(e.prototype, { [zS]: zS, name: "UnknownException" }), e
  })()
var au = (e) => ar(e) && "_tag" in e && (e._tag === "Success" || e._tag === "Failure"),
  Qm = (e) => e._tag === "Failure",
  cb = (e) => e._tag === "Success"
var LA = p(2, (e, t) => {
    switch (e._tag) {
      case $e:
        return Ee(e.effect_instruction_i0)
      case je:
        return Fe(t)
    }
  }),
  yl = (e) => LA(e, void 0)
var Us = (e, t) => Bz(e, t?.parallel ? Jn : Je), Zm = (e) => Ee($t(e))
var cu = (e) => Ee(Vn(e)),
  Ee = (e) => {
    let t = new Pm($e)
    return t.effect_instruction_i0 = e, t
  },
  UA = p(2, (e, t) => {
    switch (e._tag) {
      case $e:
        return Ee(e.effect_instruction_i0)
      case je:
        return t(e.effect_instruction_i0)
    }
  })
var ub = (e) => d(e, UA(v))
var pb = (e) => Ee(ir(e)),
  il = p(2, (e, t) => {
    switch (e._tag) {
      case $e:
        return Ee(e.effect_instruction_i0)
      case je:
        return Fe(t(e.effect_instruction_i0))
    }
  })
var ba = p(2, (e, { onFailure: t, onSuccess: r }) => {
    switch (e._tag) {
      case $e:
        return t(e.effect_instruction_i0)
      case je:
        return r(e.effect_instruction_i0)
    }
  }),
  uu = p(2, (e, { onFailure: t, onSuccess: r }) => {
    switch (e._tag) {
      case $e:
        return t(e.effect_instruction_i0)
      case je:
        return r(e.effect_instruction_i0)
    }
  }),
  Fe = (e) => {
    let t = new Fm(je)
    return t.effect_instruction_i0 = e, t
  },
  Dt = Fe(void 0),
  qA = p(2, (e, t) => El(e, t, { onSuccess: (r, n) => [r, n], onFailure: Je }))
var HA = p(2, (e, t) => El(e, t, { onSuccess: (r, n) => n, onFailure: Je }))
var El = p(3, (e, t, { onFailure: r, onSuccess: n }) => {
    switch (e._tag) {
      case $e:
        switch (t._tag) {
          case je:
            return Ee(e.effect_instruction_i0)
          case $e:
            return Ee(r(e.effect_instruction_i0, t.effect_instruction_i0))
        }
      case je:
        switch (t._tag) {
          case je:
            return Fe(n(e.effect_instruction_i0, t.effect_instruction_i0))
          case $e:
            return Ee(t.effect_instruction_i0)
        }
    }
  }),
  Bz = (e, t) => {
    let r = mn(e)
    return mt(r)
      ? d(
        zt(r),
        _o(d(Tt(r), il(be)), (n, o) => d(n, El(o, { onSuccess: (s, i) => d(s, ve(i)), onFailure: t }))),
        il(kr),
        il((n) => Mt(n)),
        S
      )
      : y()
  },
  Ca = (e) => ({
    ...fs,
    [SA]: bA,
    state: Gr(CA([])),
    commit() {
      return Gt(this)
    },
    blockingOn: e
  }),
  to = () => g(ua, (e) => WA(e)),
  WA = (e) => _(() => Ca(e)),
  Gt = (e) =>
    cl((t) => {
      let r = Re(e.state)
      switch (r._tag) {
        case Qc:
          return t(r.effect)
        case ca:
          return r.joiners.push(t), zz(e, t)
      }
    }, e.blockingOn),
  BA = p(2, (e, t) => la(t, e)),
  Sl = p(2, (e, t) =>
    _(() => {
      let r = Re(e.state)
      switch (r._tag) {
        case Qc:
          return !1
        case ca: {
          Tr(e.state, NS(t))
          for (let n = 0, o = r.joiners.length; n < o; n++) r.joiners[n](t)
          return !0
        }
      }
    })),
  zA = p(2, (e, t) => Sl(e, t))
var bl = p(2, (e, t) => Sl(e, Ie(t)))
var Ym = p(2, (e, t) => Sl(e, JS(t))), $A = (e) => _(() => Re(e.state)._tag === Qc)
var pu = p(2, (e, t) => Sl(e, R(t)))
var qs = (e, t) => {
    let r = Re(e.state)
    if (r._tag === ca) {
      Tr(e.state, NS(t))
      for (let n = 0, o = r.joiners.length; n < o; n++) r.joiners[n](t)
    }
  },
  zz = (e, t) =>
    _(() => {
      let r = Re(e.state)
      if (r._tag === ca) {
        let n = r.joiners.indexOf(t)
        n >= 0 && r.joiners.splice(n, 1)
      }
    }),
  $z = re((e) => Fe(e.currentContext)),
  Lo = () => $z
var bn = (e) => g(Lo(), e),
  Hs = p(2, (e, t) => En(lr, t)(e)),
  Xm = p(2, (e, t) => ga(lr, (r) => dn(r, t))(e)),
  Cl = p(2, (e, t) => bn((r) => Hs(e, t(r))))
var eh = (e) => {
    let t = e.currentSpan
    return t !== void 0 && t._tag === "Span" ? S(t) : y()
  },
  jz = {
    _tag: "Span",
    spanId: "noop",
    traceId: "noop",
    sampled: !1,
    status: { _tag: "Ended", startTime: BigInt(0), endTime: BigInt(0), exit: Dt },
    attributes: new Map(),
    links: [],
    kind: "internal",
    attribute() {},
    event() {},
    end() {},
    addLinks() {}
  },
  jA = (e) => Object.assign(Object.create(jz), e)
var Kz = "effect/Clock",
  lb = Symbol.for(Kz),
  ro = ft("effect/Clock"),
  Gz = 2 ** 31 - 1,
  KA = {
    unsafeSchedule(e, t) {
      let r = wr(t)
      if (r > Gz) return pn
      let n = !1,
        o = setTimeout(() => {
          n = !0, e()
        }, r)
      return () => (clearTimeout(o), !n)
    }
  },
  GA = (function() {
    let e = BigInt(1e6)
    if (typeof performance > "u" || typeof performance.now != "function") return () => BigInt(Date.now()) * e
    let t
    return () => (t === void 0 && (t = BigInt(Date.now()) * e - BigInt(Math.round(performance.now() * 1e6))),
      t + BigInt(Math.round(performance.now() * 1e6)))
  })(),
  Vz = (function() {
    let e = typeof process == "object" && "hrtime" in process && typeof process.hrtime.bigint == "function"
      ? process.hrtime
      : void 0
    if (!e) return GA
    let t = GA() - e.bigint()
    return () => t + e.bigint()
  })(),
  fb = class {
    [lb] = lb
    unsafeCurrentTimeMillis() {
      return Date.now()
    }
    unsafeCurrentTimeNanos() {
      return Vz()
    }
    currentTimeMillis = _(() => this.unsafeCurrentTimeMillis())
    currentTimeNanos = _(() => this.unsafeCurrentTimeNanos())
    scheduler() {
      return R(KA)
    }
    sleep(t) {
      return jt((r) => {
        let n = KA.unsafeSchedule(() => r(ne), t)
        return st(_(n))
      })
    }
  },
  db = () => new fb()
var no = ZT
var lu = (e) => e.replace(/[/\\^$*+?.()|[\]{}]/g, "\\$&")
var JA = { _tag: "Empty" }
var rh = p(2, (e, t) => {
  let r = Yp(t), n = e
  for (; fS(r);) {
    let o = r.head
    switch (o._tag) {
      case "Empty": {
        r = r.tail
        break
      }
      case "AndThen": {
        r = Io(o.first, Io(o.second, r.tail))
        break
      }
      case "MapName": {
        n = Wr(n, o.f), r = r.tail
        break
      }
      case "Nested": {
        n = Fc(n, o.name), r = r.tail
        break
      }
      case "Unnested": {
        if (d(So(n), rR(o.name))) n = ln(n), r = r.tail
        else return w(zn(n, `Expected ${o.name} to be in path in ConfigProvider#unnested`))
        break
      }
    }
  }
  return P(n)
})
var QA = "Constant",
  ZA = "Fail",
  YA = "Fallback",
  XA = "Described",
  eP = "Lazy",
  tP = "MapOrFail",
  rP = "Nested",
  nP = "Primitive",
  oP = "Redacted",
  sP = "Sequence",
  iP = "HashMap",
  aP = "ZipWith"
var nh = (e, t) => [...e, ...t],
  t$ = "effect/ConfigProvider",
  cP = Symbol.for(t$),
  pP = ft("effect/ConfigProvider"),
  r$ = "effect/ConfigProviderFlat",
  uP = Symbol.for(r$),
  n$ = (e) => ({
    [cP]: cP,
    pipe() {
      return E(this, arguments)
    },
    ...e
  }),
  o$ = (e) => ({
    [uP]: uP,
    patch: e.patch,
    load: (t, r, n = !0) => e.load(t, r, n),
    enumerateChildren: e.enumerateChildren
  }),
  s$ = (e) =>
    n$({
      load: (t) =>
        g(Ar(e, Or(), t, !1), (r) =>
          pe(So(r), {
            onNone: () => Se(zn(Or(), `Expected a single value having structure: ${t}`)),
            onSome: R
          })),
      flattened: e
    }),
  lP = (e) => {
    let { pathDelim: t, seqDelim: r } = Object.assign({}, { pathDelim: "_", seqDelim: "," }, e),
      n = (c) => d(c, Oo(t)),
      o = (c) => c.split(t),
      s = () => typeof process < "u" && "env" in process && typeof process.env == "object" ? process.env : {}
    return s$(o$({
      load: (c, u, l = !0) => {
        let f = n(c), m = s(), h = f in m ? S(m[f]) : y()
        return d(h, Ds(() => zn(c, `Expected ${f} to exist in the process context`)), g((x) => f$(x, c, u, r, l)))
      },
      enumerateChildren: (c) =>
        _(() => {
          let u = s(),
            m = Object.keys(u).map((h) => o(h.toUpperCase())).filter((h) => {
              for (let x = 0; x < c.length; x++) {
                let b = d(c, pE(x)), C = h[x]
                if (C === void 0 || b !== C) return !1
              }
              return !0
            }).flatMap((h) => h.slice(c.length, c.length + 1))
          return cI(m)
        }),
      patch: JA
    }))
  }
var i$ = (e, t, r, n) => {
    let o = xE(r.length, (c) => c >= n.length ? y() : S([e(c), c + 1])),
      s = xE(n.length, (c) => c >= r.length ? y() : S([t(c), c + 1])),
      i = nh(r, o),
      a = nh(n, s)
    return [i, a]
  },
  a$ = (e, t) => {
    let r = t
    if (r._tag === "Nested") {
      let n = e.slice()
      for (; r._tag === "Nested";) n.push(r.name), r = r.config
      return n
    }
    return e
  },
  c$ = {
    andCase: (e, t, r) => Hd(t, r),
    orCase: (e, t, r) => Wd(t, r),
    invalidDataCase: (e, t) => SE(t, "<redacted>"),
    missingDataCase: (e, t) => zn(t, "<redacted>"),
    sourceUnavailableCase: (e, t, r, n) => bE(t, "<redacted>", n),
    unsupportedCase: (e, t) => CE(t, "<redacted>")
  },
  u$ = (e) => mR(e, void 0, c$),
  Ar = (e, t, r, n) => {
    let o = r
    switch (o._tag) {
      case QA:
        return R(Ft(o.value))
      case XA:
        return Y(() => Ar(e, t, o.config, n))
      case ZA:
        return Se(zn(t, o.message))
      case YA:
        return d(
          Y(() => Ar(e, t, o.first, n)),
          yn((s) => o.condition(s) ? d(Ar(e, t, o.second, n), yn((i) => Se(Wd(s, i)))) : Se(s))
        )
      case eP:
        return Y(() => Ar(e, t, o.config(), n))
      case tP:
        return Y(() => d(Ar(e, t, o.original, n), g(ur((s) => d(o.mapOrFail(s), Ds(ys(a$(t, o.original))))))))
      case rP:
        return Y(() => Ar(e, nh(t, Ft(o.name)), o.config, n))
      case nP:
        return d(
          rh(t, e.patch),
          g((s) =>
            d(
              e.load(s, o, n),
              g((i) => {
                if (i.length === 0) {
                  let a = d(Dd(s), ge(() => "<n/a>"))
                  return Se(zn([], `Expected ${o.description} with name ${a}`))
                }
                return R(i)
              })
            )
          )
        )
      case oP:
        return Y(() => d(Ar(e, t, o.original, n), Ds(u$), j(Wr(o.redact))))
      case sP:
        return d(
          rh(t, e.patch),
          g((s) =>
            d(
              e.enumerateChildren(s),
              g(m$),
              g((i) =>
                i.length === 0
                  ? Y(() => j(Ar(e, t, o.config, !0), Ft))
                  : d(
                    ur(i, (a) => Ar(e, cE(t, `[${a}]`), o.config, !0)),
                    j((a) => {
                      let c = qp(a)
                      return c.length === 0 ? Ft(Or()) : Ft(c)
                    })
                  )
              )
            )
          )
        )
      case iP:
        return Y(() =>
          d(
            rh(t, e.patch),
            g((s) =>
              d(
                e.enumerateChildren(s),
                g((i) =>
                  d(
                    i,
                    ur((a) => Ar(e, nh(s, Ft(a)), o.valueConfig, n)),
                    j((a) => a.length === 0 ? Ft(ia()) : d(d$(a), Wr((c) => LI(dE(le(i), c)))))
                  )
                )
              )
            )
          )
        )
      case aP:
        return Y(() =>
          d(
            Ar(e, t, o.left, n),
            Po,
            g((s) =>
              d(
                Ar(e, t, o.right, n),
                Po,
                g((i) => {
                  if (ue(s) && ue(i)) return Se(Hd(s.left, i.left))
                  if (ue(s) && pt(i)) return Se(s.left)
                  if (pt(s) && ue(i)) return Se(i.left)
                  if (pt(s) && pt(i)) {
                    let a = d(t, Oo(".")), c = p$(t, a), [u, l] = i$(c, c, d(s.right, Wr(P)), d(i.right, Wr(P)))
                    return d(
                      u,
                      dE(l),
                      ur(([f, m]) => d(da(f, m), j(([h, x]) => o.zip(h, x))))
                    )
                  }
                  throw new Error(
                    "BUG: ConfigProvider.fromFlatLoop - please report an issue at https://github.com/Effect-TS/effect/issues"
                  )
                })
              )
            )
          )
        )
    }
  },
  p$ = (e, t) => (r) => w(zn(e, `The element at index ${r} in a sequence at path "${t}" was missing`))
var l$ = (e, t) => e.split(new RegExp(`\\s*${lu(t)}\\s*`)),
  f$ = (e, t, r, n, o) =>
    o ? d(l$(e, n), ur((s) => r.parse(s.trim())), Ds(ys(t))) : d(r.parse(e), ul({ onFailure: ys(t), onSuccess: Ft })),
  d$ = (e) => Object.keys(e[0]).map((t) => e.map((r) => r[t])),
  m$ = (e) => d(ur(e, x$), ul({ onFailure: () => Or(), onSuccess: bo(no) }), Po, j(VT))
var h$ = /^(\[(\d+)\])$/,
  x$ = (e) => {
    let t = e.match(h$)
    if (t !== null) {
      let r = t[2]
      return d(r !== void 0 && r.length > 0 ? S(r) : y(), _r(g$))
    }
    return y()
  }
var g$ = (e) => {
  let t = Number.parseInt(e)
  return Number.isNaN(t) ? y() : S(t)
}
var fP = Symbol.for("effect/Console"),
  oh = ft("effect/Console"),
  dP = {
    [fP]: fP,
    assert(e, ...t) {
      return _(() => {
        console.assert(e, ...t)
      })
    },
    clear: _(() => {
      console.clear()
    }),
    count(e) {
      return _(() => {
        console.count(e)
      })
    },
    countReset(e) {
      return _(() => {
        console.countReset(e)
      })
    },
    debug(...e) {
      return _(() => {
        console.debug(...e)
      })
    },
    dir(e, t) {
      return _(() => {
        console.dir(e, t)
      })
    },
    dirxml(...e) {
      return _(() => {
        console.dirxml(...e)
      })
    },
    error(...e) {
      return _(() => {
        console.error(...e)
      })
    },
    group(e) {
      return e?.collapsed ? _(() => console.groupCollapsed(e?.label)) : _(() => console.group(e?.label))
    },
    groupEnd: _(() => {
      console.groupEnd()
    }),
    info(...e) {
      return _(() => {
        console.info(...e)
      })
    },
    log(...e) {
      return _(() => {
        console.log(...e)
      })
    },
    table(e, t) {
      return _(() => {
        console.table(e, t)
      })
    },
    time(e) {
      return _(() => console.time(e))
    },
    timeEnd(e) {
      return _(() => console.timeEnd(e))
    },
    timeLog(e, ...t) {
      return _(() => {
        console.timeLog(e, ...t)
      })
    },
    trace(...e) {
      return _(() => {
        console.trace(...e)
      })
    },
    warn(...e) {
      return _(() => {
        console.warn(...e)
      })
    },
    unsafe: console
  }
var S$ = "effect/Random",
  sh = Symbol.for(S$),
  xb = ft("effect/Random"),
  hb = class {
    seed;
    [sh] = sh
    PRNG
    constructor(t) {
      this.seed = t, this.PRNG = new Ed(t)
    }
    get next() {
      return _(() => this.PRNG.number())
    }
    get nextBoolean() {
      return j(this.next, (t) => t > .5)
    }
    get nextInt() {
      return _(() => this.PRNG.integer(Number.MAX_SAFE_INTEGER))
    }
    nextRange(t, r) {
      return j(this.next, (n) => (r - t) * n + t)
    }
    nextIntBetween(t, r) {
      return _(() => this.PRNG.integer(r - t) + t)
    }
    shuffle(t) {
      return hP(t, (r) => this.nextIntBetween(0, r))
    }
  },
  hP = (e, t) =>
    Y(() =>
      d(
        _(() => Array.from(e)),
        g((r) => {
          let n = []
          for (let o = r.length; o >= 2; o = o - 1) n.push(o)
          return d(n, vs((o) => d(t(o), j((s) => b$(r, o - 1, s)))), Le(mn(r)))
        })
      )
    ),
  b$ = (e, t, r) => {
    let n = e[t]
    return e[t] = e[r], e[r] = n, e
  },
  xP = (e) => new hb(T(e)),
  mP = class {
    values;
    [sh] = sh
    index = 0
    constructor(t) {
      if (this.values = t, t.length === 0) throw new Error("Requires at least one value")
    }
    getNextValue() {
      let t = this.values[this.index]
      return this.index = (this.index + 1) % this.values.length, t
    }
    get next() {
      return _(() => {
        let t = this.getNextValue()
        return typeof t == "number" ? Math.max(0, Math.min(1, t)) : T(t) / 2147483647
      })
    }
    get nextBoolean() {
      return _(() => {
        let t = this.getNextValue()
        return typeof t == "boolean" ? t : T(t) % 2 === 0
      })
    }
    get nextInt() {
      return _(() => {
        let t = this.getNextValue()
        return typeof t == "number" && Number.isFinite(t) ? Math.round(t) : Math.abs(T(t))
      })
    }
    nextRange(t, r) {
      return j(this.next, (n) => (r - t) * n + t)
    }
    nextIntBetween(t, r) {
      return _(() => {
        let n = this.getNextValue()
        if (typeof n == "number" && Number.isFinite(n)) return Math.max(t, Math.min(r - 1, Math.round(n)))
        let o = Math.abs(T(n))
        return t + o % (r - t)
      })
    }
    shuffle(t) {
      return hP(t, (r) => this.nextIntBetween(0, r))
    }
  }
var gP = Symbol.for("effect/Tracer"),
  _$ = (e) => ({ [gP]: gP, ...e }),
  fu = ft("effect/Tracer"),
  Cn = ft("effect/ParentSpan"),
  yP = (function() {
    let e = "abcdef0123456789", t = e.length
    return function(r) {
      let n = ""
      for (let o = 0; o < r; o++) n += e.charAt(Math.floor(Math.random() * t))
      return n
    }
  })(),
  gb = class {
    name
    parent
    context
    startTime
    kind
    _tag = "Span"
    spanId
    traceId = "native"
    sampled = !0
    status
    attributes
    events = []
    links
    constructor(t, r, n, o, s, i) {
      this.name = t,
        this.parent = r,
        this.context = n,
        this.startTime = s,
        this.kind = i,
        this.status = { _tag: "Started", startTime: s },
        this.attributes = new Map(),
        this.traceId = r._tag === "Some" ? r.value.traceId : yP(32),
        this.spanId = yP(16),
        this.links = Array.from(o)
    }
    end(t, r) {
      this.status = { _tag: "Ended", endTime: t, exit: r, startTime: this.status.startTime }
    }
    attribute(t, r) {
      this.attributes.set(t, r)
    }
    event(t, r, n) {
      this.events.push([t, r, n ?? {}])
    }
    addLinks(t) {
      this.links.push(...t)
    }
  },
  EP = _$({ span: (e, t, r, n, o, s) => new gb(e, t, r, n, o, s), context: (e) => e() })
var Uo = (e) => {
    if (e?.captureStackTrace === !1) return e
    if (e?.captureStackTrace !== void 0 && typeof e.captureStackTrace != "boolean") return e
    let t = $n()
    Ot(3)
    let r = new Error()
    Ot(t)
    let n = !1
    return {
      ...e,
      captureStackTrace: () => {
        if (n !== !1) return n
        if (r.stack !== void 0) {
          let o = r.stack.split(`
`)
          if (o[3] !== void 0) return n = o[3].trim(), n
        }
      }
    }
  },
  ih = sr()("effect/Tracer/DisablePropagation", { defaultValue: pn })
var O$ = d(fn(), kt(ro, db()), kt(oh, dP), kt(xb, xP(Math.random())), kt(pP, lP()), kt(fu, EP)),
  Ws = H(Symbol.for("effect/DefaultServices/currentServices"), () => dl(O$)),
  SP = (e) => {
    let t = Rt(e)
    return ah((r) => r.sleep(t))
  },
  bP = (e) => re((t) => e(t.currentDefaultServices)),
  ah = (e) => bP((t) => e(t.unsafeMap.get(ro.key))),
  CP = ah((e) => e.currentTimeMillis)
var yb = (e) => bP((t) => e(t.unsafeMap.get(xb.key)))
var _P = yb((e) => e.next)
var OP = Eo
var k$ = qT
var _n = class extends k$ {}
var kP = "Sequential",
  wP = "Parallel",
  w$ = "ParallelN",
  On = { _tag: kP },
  kl = { _tag: wP },
  TP = (e) => ({ _tag: w$, parallelism: e }),
  Eb = (e) => e._tag === kP,
  Sb = (e) => e._tag === wP
var du = On, ph = kl, lh = TP
function IP(e) {
  return new oo(e)
}
function AP() {
  return IP(new Map())
}
var bb = Symbol.for("effect/FiberRefs"),
  oo = class {
    locals;
    [bb] = bb
    constructor(t) {
      this.locals = t
    }
    pipe() {
      return E(this, arguments)
    }
  },
  T$ = (e, t, r, n = !1) => {
    let o = e, s = t, i = r, a = n, c
    for (; c === void 0;) {
      if (Ce(s) && Ce(i)) {
        let u = rt(s)[0], l = ln(s), f = rt(i)[0], m = rt(i)[1], h = ln(i)
        u.startTimeMillis < f.startTimeMillis
          ? (i = h, a = !0)
          : u.startTimeMillis > f.startTimeMillis
          ? s = l
          : u.id < f.id
          ? (i = h, a = !0)
          : u.id > f.id
          ? s = l
          : c = [m, a]
      } else c = [o.initial, !0]
    }
    return c
  },
  _b = p(3, (e, t, r) => {
    let n = new Map(e.locals)
    return r.locals.forEach((o, s) => {
      let i = o[0][1]
      if (!o[0][0][M](t)) {
        if (!n.has(s)) {
          if (A(i, s.initial)) return
          n.set(s, [[t, s.join(s.initial, i)]])
          return
        }
        let a = n.get(s), [c, u] = T$(s, a, o)
        if (u) {
          let l = s.diff(c, i), f = a[0][1], m = s.join(f, s.patch(l)(f))
          if (!A(f, m)) {
            let h, x = a[0][0]
            x[M](t) ? h = [[x, m], ...a.slice(1)] : h = [[t, m], ...a], n.set(s, h)
          }
        }
      }
    }),
      new oo(n)
  }),
  Ob = p(2, (e, t) => {
    let r = new Map()
    return PP(e, r, t), new oo(r)
  }),
  PP = (e, t, r) => {
    e.locals.forEach((n, o) => {
      let s = n[0][1], i = o.patch(o.fork)(s)
      A(s, i) ? t.set(o, n) : t.set(o, [[r, i], ...n])
    })
  }
var wl = p(2, (e, t) => {
    let r = new Map(e.locals)
    return r.delete(t), new oo(r)
  }),
  fh = p(2, (e, t) => e.locals.has(t) ? S(rt(e.locals.get(t))[1]) : y()),
  Bs = p(2, (e, t) => d(fh(e, t), ge(() => t.initial))),
  mu = p(2, (e, { fiberId: t, fiberRef: r, value: n }) => {
    if (e.locals.size === 0) return new oo(new Map([[r, [[t, n]]]]))
    let o = new Map(e.locals)
    return Cb(o, t, r, n), new oo(o)
  }),
  Cb = (e, t, r, n) => {
    let o = e.get(r) ?? [], s
    if (Ce(o)) {
      let [i, a] = rt(o)
      if (i[M](t)) {
        if (A(a, n)) return
        s = [[t, n], ...o.slice(1)]
      } else s = [[t, n], ...o]
    } else s = [[t, n]]
    e.set(r, s)
  },
  FP = p(2, (e, { entries: t, forkAs: r }) => {
    if (e.locals.size === 0) return new oo(new Map(t))
    let n = new Map(e.locals)
    return r !== void 0 && PP(e, n, r),
      t.forEach(([o, s]) => {
        s.length === 1 ? Cb(n, s[0][0], o, s[0][1]) : s.forEach(([i, a]) => {
          Cb(n, i, o, a)
        })
      }),
      new oo(n)
  })
var wb = fh, dh = Bs
var MP = FP
var vP = AP
var DP = "Empty",
  NP = "Add",
  LP = "Remove",
  UP = "Update",
  qP = "AndThen",
  HP = { _tag: DP },
  Tl = (e, t) => {
    let r = new Map(e.locals), n = HP
    for (let [o, s] of t.locals.entries()) {
      let i = rt(s)[1], a = r.get(o)
      if (a !== void 0) {
        let c = rt(a)[1]
        A(c, i) || (n = hh({ _tag: UP, fiberRef: o, patch: o.diff(c, i) })(n))
      } else n = hh({ _tag: NP, fiberRef: o, value: i })(n)
      r.delete(o)
    }
    for (let [o] of r.entries()) n = hh({ _tag: LP, fiberRef: o })(n)
    return n
  },
  hh = p(2, (e, t) => ({ _tag: qP, first: e, second: t })),
  xh = p(3, (e, t, r) => {
    let n = r, o = Ft(e)
    for (; Ce(o);) {
      let s = rt(o), i = ln(o)
      switch (s._tag) {
        case DP: {
          o = i
          break
        }
        case NP: {
          n = mu(n, { fiberId: t, fiberRef: s.fiberRef, value: s.value }), o = i
          break
        }
        case LP: {
          n = wl(n, s.fiberRef), o = i
          break
        }
        case UP: {
          let a = Bs(n, s.fiberRef)
          n = mu(n, { fiberId: t, fiberRef: s.fiberRef, value: s.fiberRef.patch(s.patch)(a) }), o = i
          break
        }
        case qP: {
          o = Fc(s.first)(Fc(s.second)(i))
          break
        }
      }
    }
    return n
  })
var _a = Tl
var Oa = xh
var yh = "effect/FiberStatus",
  zs = Symbol.for(yh),
  gh = "Done",
  zP = "Running",
  $P = "Suspended",
  R$ = ce(`${yh}-${gh}`),
  Tb = class {
    [zs] = zs
    _tag = gh;
    [D]() {
      return R$
    }
    [M](t) {
      return Eh(t) && t._tag === gh
    }
  },
  Rb = class {
    runtimeFlags;
    [zs] = zs
    _tag = zP
    constructor(t) {
      this.runtimeFlags = t
    }
    [D]() {
      return d(T(yh), B(T(this._tag)), B(T(this.runtimeFlags)), G(this))
    }
    [M](t) {
      return Eh(t) && t._tag === zP && this.runtimeFlags === t.runtimeFlags
    }
  },
  Ib = class {
    runtimeFlags
    blockingOn;
    [zs] = zs
    _tag = $P
    constructor(t, r) {
      this.runtimeFlags = t, this.blockingOn = r
    }
    [D]() {
      return d(T(yh), B(T(this._tag)), B(T(this.runtimeFlags)), B(T(this.blockingOn)), G(this))
    }
    [M](t) {
      return Eh(t) && t._tag === $P && this.runtimeFlags === t.runtimeFlags && A(this.blockingOn, t.blockingOn)
    }
  },
  jP = new Tb(),
  KP = (e) => new Rb(e),
  GP = (e, t) => new Ib(e, t),
  Eh = (e) => I(e, zs),
  VP = (e) => e._tag === gh
var JP = jP, Ab = KP, QP = GP
var ZP = VP
var P$ = wA, YP = TA, XP = RA, eF = YS, tF = XS, Pb = eb, rF = IA, F$ = AA
var M$ = d(no, Fd((e) => e.ordinal))
var nF = oE(M$)
var oF = (e) => {
  switch (e) {
    case "All":
      return P$
    case "Debug":
      return Pb
    case "Error":
      return XP
    case "Fatal":
      return YP
    case "Info":
      return tF
    case "Trace":
      return rF
    case "None":
      return F$
    case "Warning":
      return eF
  }
}
var v$ = Symbol.for("effect/Micro"), Sh = Symbol.for("effect/Micro/MicroExit")
var iF = Symbol.for("effect/Micro/MicroCause")
var D$ = { _E: v },
  bh = class extends globalThis.Error {
    _tag
    traces;
    [iF]
    constructor(t, r, n) {
      let o = `MicroCause.${t}`, s, i, a
      if (r instanceof globalThis.Error) {
        s = `(${o}) ${r.name}`, i = r.message
        let c = i.split(`
`).length
        a = r.stack ?
          `(${o}) ${
            r.stack.split(`
`).slice(
              0,
              c + 3
            ).join(`
`)
          }` :
          `${s}: ${i}`
      } else s = o, i = yo(r, 0), a = `${s}: ${i}`
      n.length > 0 && (a += `
    ${
        n.join(`
    `)
      }`),
        super(i),
        this._tag = t,
        this.traces = n,
        this[iF] = D$,
        this.name = s,
        this.stack = a
    }
    pipe() {
      return E(this, arguments)
    }
    toString() {
      return this.stack
    }
    [z]() {
      return this.stack
    }
  }
var Mb = class extends bh {
    defect
    constructor(t, r = []) {
      super("Die", t, r), this.defect = t
    }
  },
  N$ = (e, t = []) => new Mb(e, t),
  vb = class extends bh {
    constructor(t = []) {
      super("Interrupt", "interrupted", t)
    }
  },
  L$ = (e = []) => new vb(e)
var pF = (e) => e._tag === "Interrupt"
var aF = Symbol.for("effect/Micro/MicroFiber"),
  U$ = { _A: v, _E: v },
  Ch = class {
    context
    interruptible;
    [aF]
    _stack = []
    _observers = []
    _exit
    _children
    currentOpCount = 0
    constructor(t, r = !0) {
      this.context = t, this.interruptible = r, this[aF] = U$
    }
    getRef(t) {
      return _R(this.context, t)
    }
    addObserver(t) {
      return this._exit ? (t(this._exit), Ur) : (this._observers.push(t), () => {
        let r = this._observers.indexOf(t)
        r >= 0 && this._observers.splice(r, 1)
      })
    }
    _interrupted = !1
    unsafeInterrupt() {
      this._exit || (this._interrupted = !0, this.interruptible && this.evaluate(Ub))
    }
    unsafePoll() {
      return this._exit
    }
    evaluate(t) {
      if (this._exit) return
      if (this._yielded !== void 0) {
        let o = this._yielded
        this._yielded = void 0, o()
      }
      let r = this.runLoop(t)
      if (r === hu) return
      let n = cF.interruptChildren && cF.interruptChildren(this)
      if (n !== void 0) return this.evaluate(ka(n, () => r))
      this._exit = r
      for (let o = 0; o < this._observers.length; o++) this._observers[o](r)
      this._observers.length = 0
    }
    runLoop(t) {
      let r = !1, n = t
      this.currentOpCount = 0
      try {
        for (;;) {
          if (this.currentOpCount++, !r && this.getRef(Eu).shouldYield(this)) {
            r = !0
            let o = n
            n = ka($$, () => o)
          }
          if (n = n[Db](this), n === hu) {
            let o = this._yielded
            return Sh in o ? (this._yielded = void 0, o) : hu
          }
        }
      } catch (o) {
        return I(n, Db) ? Th(o) : Th(`MicroFiber.runLoop: Not a valid effect: ${String(n)}`)
      }
    }
    getCont(t) {
      for (;;) {
        let r = this._stack.pop()
        if (!r) return
        let n = r[_h] && r[_h](this)
        if (n) return { [t]: n }
        if (r[t]) return r
      }
    }
    _yielded = void 0
    yieldWith(t) {
      return this._yielded = t, hu
    }
    children() {
      return this._children ??= new Set()
    }
  },
  cF = H("effect/Micro/fiberMiddleware", () => ({ interruptChildren: void 0 }))
var q$ = (e) =>
    Rl(() => {
      for (let n of e) n.unsafeInterrupt()
      let t = e[Symbol.iterator](),
        r = Rl(() => {
          let n = t.next()
          for (; !n.done;) {
            if (n.value.unsafePoll()) {
              n = t.next()
              continue
            }
            let o = n.value
            return dF((s) => {
              o.addObserver((i) => {
                s(r)
              })
            })
          }
          return yu
        })
      return r
    }),
  lF = Symbol.for("effect/Micro/identifier"),
  _e = Symbol.for("effect/Micro/args"),
  Db = Symbol.for("effect/Micro/evaluate"),
  $s = Symbol.for("effect/Micro/successCont"),
  xu = Symbol.for("effect/Micro/failureCont"),
  _h = Symbol.for("effect/Micro/ensureCont"),
  hu = Symbol.for("effect/Micro/Yield"),
  H$ = { _A: v, _E: v, _R: v },
  W$ = {
    ...OP,
    _op: "Micro",
    [v$]: H$,
    pipe() {
      return E(this, arguments)
    },
    [Symbol.iterator]() {
      return new Mi(new Bn(this))
    },
    toJSON() {
      return { _id: "Micro", op: this[lF], ..._e in this ? { args: this[_e] } : void 0 }
    },
    toString() {
      return te(this)
    },
    [z]() {
      return te(this)
    }
  }
function B$(e) {
  return Th("Micro.evaluate: Not implemented")
}
var Ih = (e) => ({ ...W$, [lF]: e.op, [Db]: e.eval ?? B$, [$s]: e.contA, [xu]: e.contE, [_h]: e.ensure }),
  js = (e) => {
    let t = Ih(e)
    return function() {
      let r = Object.create(t)
      return r[_e] = e.single === !1 ? arguments : arguments[0], r
    }
  },
  fF = (e) => {
    let t = {
      ...Ih(e),
      [Sh]: Sh,
      _tag: e.op,
      get [e.prop]() {
        return this[_e]
      },
      toJSON() {
        return { _id: "MicroExit", _tag: e.op, [e.prop]: this[_e] }
      },
      [M](r) {
        return Z$(r) && r._tag === e.op && A(this[_e], r[_e])
      },
      [D]() {
        return G(this, B(ce(e.op))(T(this[_e])))
      }
    }
    return function(r) {
      let n = Object.create(t)
      return n[_e] = r, n[$s] = void 0, n[xu] = void 0, n[_h] = void 0, n
    }
  },
  gu = fF({
    op: "Success",
    prop: "value",
    eval(e) {
      let t = e.getCont($s)
      return t ? t[$s](this[_e], e) : e.yieldWith(this)
    }
  }),
  Oh = fF({
    op: "Failure",
    prop: "cause",
    eval(e) {
      let t = e.getCont(xu)
      for (; pF(this[_e]) && t && e.interruptible;) t = e.getCont(xu)
      return t ? t[xu](this[_e], e) : e.yieldWith(this)
    }
  })
var kh = js({
    op: "Sync",
    eval(e) {
      let t = this[_e](), r = e.getCont($s)
      return r ? r[$s](t, e) : e.yieldWith(Ph(t))
    }
  }),
  Rl = js({
    op: "Suspend",
    eval(e) {
      return this[_e]()
    }
  }),
  z$ = js({
    op: "Yield",
    eval(e) {
      let t = !1
      return e.getRef(Eu).scheduleTask(() => {
        t || e.evaluate(yu)
      }, this[_e] ?? 0),
        e.yieldWith(() => {
          t = !0
        })
    }
  }),
  $$ = z$(0)
var wh = gu(void 0)
var Ah = js({
  op: "WithMicroFiber",
  eval(e) {
    return this[_e](e)
  }
})
var j$ = js({
    op: "Async",
    single: !1,
    eval(e) {
      let t = this[_e][0],
        r = !1,
        n = !1,
        o = this[_e][1] ? new AbortController() : void 0,
        s = t((i) => {
          r || (r = !0, n ? e.evaluate(i) : n = i)
        }, o?.signal)
      return n !== !1 ? n : (n = !0,
        e._yielded = () => {
          r = !0
        },
        o === void 0 && s === void 0 || e._stack.push(K$(() => (r = !0, o?.abort(), s ?? yu))),
        hu)
    }
  }),
  K$ = js({
    op: "AsyncFinalizer",
    ensure(e) {
      e.interruptible && (e.interruptible = !1, e._stack.push(qb(!0)))
    },
    contE(e, t) {
      return pF(e) ? ka(this[_e](), () => Oh(e)) : Oh(e)
    }
  }),
  dF = (e) => j$(e, e.length >= 2)
var G$ = p(2, (e, t) => Q$(e, (r) => t))
var V$ = (e) => rj(e, { onFailure: Fh, onSuccess: Ph })
var ka = p(2, (e, t) => {
    let r = Object.create(J$)
    return r[_e] = e, r[$s] = t, r
  }),
  J$ = Ih({
    op: "OnSuccess",
    eval(e) {
      return e._stack.push(this), this[_e]
    }
  })
var Q$ = p(2, (e, t) => ka(e, (r) => gu(t(r)))), Z$ = (e) => I(e, Sh), Ph = gu, Fh = Oh, Ub = Fh(L$())
var Th = (e) => Fh(N$(e))
var yu = Ph(void 0),
  Y$ = (e) => {
    for (let t of e) if (t._tag === "Failure") return t
    return yu
  },
  X$ = "setImmediate" in globalThis ? globalThis.setImmediate : (e) => setTimeout(e, 0),
  Rh = class {
    tasks = []
    running = !1
    scheduleTask(t, r) {
      this.tasks.push(t), this.running || (this.running = !0, X$(this.afterScheduled))
    }
    afterScheduled = () => {
      this.running = !1, this.runTasks()
    }
    runTasks() {
      let t = this.tasks
      this.tasks = []
      for (let r = 0, n = t.length; r < n; r++) t[r]()
    }
    shouldYield(t) {
      return t.currentOpCount >= t.getRef(Nb)
    }
    flush() {
      for (; this.tasks.length > 0;) this.runTasks()
    }
  }
var ej = p(2, (e, t) =>
  Ah((r) => {
    let n = r.context
    return r.context = t(n), nj(e, () => (r.context = n, wh))
  }))
var mF = p(2, (e, t) => ej(e, dn(t)))
var Nb = class extends sr()("effect/Micro/currentMaxOpsBeforeYield", { defaultValue: () => 2048 }) {},
  Lb = class extends sr()("effect/Micro/currentConcurrency", { defaultValue: () => "unbounded" }) {},
  Eu = class extends sr()("effect/Micro/currentScheduler", { defaultValue: () => new Rh() }) {}
var hF = p(2, (e, t) => {
    let r = Object.create(tj)
    return r[_e] = e, r[$s] = t.onSuccess, r[xu] = t.onFailure, r
  }),
  tj = Ih({
    op: "OnSuccessAndFailure",
    eval(e) {
      return e._stack.push(this), this[_e]
    }
  }),
  rj = p(2, (e, t) => hF(e, { onFailure: (r) => kh(() => t.onFailure(r)), onSuccess: (r) => kh(() => t.onSuccess(r)) }))
var Fb = Symbol.for("effect/Micro/MicroScope")
var uF = class e {
  [Fb]
  state = { _tag: "Open", finalizers: new Set() }
  constructor() {
    this[Fb] = Fb
  }
  unsafeAddFinalizer(t) {
    this.state._tag === "Open" && this.state.finalizers.add(t)
  }
  addFinalizer(t) {
    return Rl(() => this.state._tag === "Open" ? (this.state.finalizers.add(t), wh) : t(this.state.exit))
  }
  unsafeRemoveFinalizer(t) {
    this.state._tag === "Open" && this.state.finalizers.delete(t)
  }
  close(t) {
    return Rl(() => {
      if (this.state._tag === "Open") {
        let r = Array.from(this.state.finalizers).reverse()
        return this.state = { _tag: "Closed", exit: t }, ka(aj(r, (n) => V$(n(t))), Y$)
      }
      return wh
    })
  }
  get fork() {
    return kh(() => {
      let t = new e()
      if (this.state._tag === "Closed") return t.state = this.state, t
      function r(n) {
        return t.close(n)
      }
      return this.state.finalizers.add(r), t.unsafeAddFinalizer((n) => kh(() => this.unsafeRemoveFinalizer(r))), t
    })
  }
}
var nj = p(
  2,
  (e, t) =>
    sj((r) => hF(r(e), { onFailure: (n) => ka(t(Fh(n)), () => Oh(n)), onSuccess: (n) => ka(t(Ph(n)), () => gu(n)) }))
)
var qb = js({
    op: "SetInterruptible",
    ensure(e) {
      if (e.interruptible = this[_e], e._interrupted && e.interruptible) return () => Ub
    }
  }),
  oj = (e) => Ah((t) => t.interruptible ? e : (t.interruptible = !0, t._stack.push(qb(!1)), t._interrupted ? Ub : e)),
  sj = (e) => Ah((t) => t.interruptible ? (t.interruptible = !1, t._stack.push(qb(!0)), e(oj)) : e(v))
var ij = js({
    op: "While",
    contA(e, t) {
      return this[_e].step(e), this[_e].while() ? (t._stack.push(this), this[_e].body()) : yu
    },
    eval(e) {
      return this[_e].while() ? (e._stack.push(this), this[_e].body()) : yu
    }
  }),
  aj = (e, t, r) =>
    Ah((n) => {
      let o = r?.concurrency === "inherit" ? n.getRef(Lb) : r?.concurrency ?? 1,
        s = o === "unbounded" ? Number.POSITIVE_INFINITY : Math.max(1, o),
        i = le(e),
        a = i.length
      if (a === 0) return r?.discard ? wh : gu([])
      let c = r?.discard ? void 0 : new Array(a), u = 0
      return s === 1
        ? G$(ij({ while: () => u < i.length, body: () => t(i[u], u), step: c ? (l) => c[u++] = l : (l) => u++ }), c)
        : dF((l) => {
          let f = new Set(), m, h = 0, x = 0, b = !1, C = !1
          function k() {
            for (b = !0; h < s && u < a;) {
              let F = u, O = i[F]
              u++, h++
              try {
                let N = cj(n, t(O, F), !0, !0)
                f.add(N),
                  N.addObserver((L) => {
                    f.delete(N),
                      !C && (L._tag === "Failure"
                        ? m === void 0 && (m = L, a = u, f.forEach((U) => U.unsafeInterrupt()))
                        : c !== void 0 && (c[F] = L.value),
                        x++,
                        h--,
                        x === a ? l(m ?? gu(c)) : !b && h < s && k())
                  })
              } catch (N) {
                m = Th(N), a = u, f.forEach((L) => L.unsafeInterrupt())
              }
            }
            b = !1
          }
          return k(), Rl(() => (C = !0, u = a, q$(f)))
        })
    })
var cj = (e, t, r = !1, n = !1) => {
  let o = new Ch(e.context, e.interruptible)
  return n || (e.children().add(o), o.addObserver(() => e.children().delete(o))),
    r ? o.evaluate(t) : e.getRef(Eu).scheduleTask(() => o.evaluate(t), 0),
    o
}
var xF = (e, t) => {
  let r = new Ch(Eu.context(t?.scheduler ?? new Rh()))
  if (r.evaluate(e), t?.signal) {
    if (t.signal.aborted) r.unsafeInterrupt()
    else {
      let n = () => r.unsafeInterrupt()
      t.signal.addEventListener("abort", n, { once: !0 }), r.addObserver(() => t.signal.removeEventListener("abort", n))
    }
  }
  return r
}
var Ks = Symbol.for("effect/Readable")
var l8 = {
  [Ks]: Ks,
  pipe() {
    return E(this, arguments)
  }
}
var Mh = Symbol.for("effect/Ref"),
  Wb = { _A: (e) => e },
  Hb = class extends _n {
    ref
    commit() {
      return this.get
    }
    [Mh] = Wb;
    [Ks] = Ks
    constructor(t) {
      super(), this.ref = t, this.get = _(() => Re(this.ref))
    }
    get modify(t) {
      return _(() => {
        let r = Re(this.ref), [n, o] = t(r)
        return r !== o && Tr(o)(this.ref), n
      })
    }
  },
  Su = (e) => new Hb(Gr(e)),
  wa = (e) => _(() => Su(e)),
  Nt = (e) => e.get,
  so = p(2, (e, t) => e.modify(() => [void 0, t])),
  yF = p(2, (e, t) => e.modify((r) => [r, t]))
var vh = p(2, (e, t) => e.modify(t))
var Ta = p(2, (e, t) => e.modify((r) => [void 0, t(r)]))
var Ra = wa, Nh = Nt, EF = yF
var Ia = vh
var SF = so
var bF = Ta
var zb = class e {
    scheduleDrain
    running = !1
    tasks = new Lh()
    constructor(t) {
      this.scheduleDrain = t
    }
    starveInternal = (t) => {
      let r = this.tasks.buckets
      this.tasks.buckets = []
      for (let [n, o] of r) for (let s = 0; s < o.length; s++) o[s]()
      this.tasks.buckets.length === 0 ? this.running = !1 : this.starve(t)
    }
    starve(t = 0) {
      this.scheduleDrain(t, this.starveInternal)
    }
    scheduleTask(t, r) {
      this.tasks.scheduleTask(t, r), this.running || (this.running = !0, this.starve())
    }
    static cached(t) {
      let r = new e(t), n = new WeakMap()
      return (o) => {
        if (o === void 0) return r
        let s = n.get(o)
        return s === void 0 && (s = new e(t), n.set(o, s)), s
      }
    }
  },
  Lh = class {
    buckets = []
    scheduleTask(t, r) {
      let n = this.buckets.length, o, s = 0
      for (; s < n && this.buckets[s][0] <= r; s++) o = this.buckets[s]
      o && o[0] === r ? o[1].push(t) : s === n ? this.buckets.push([r, [t]]) : this.buckets.splice(s, 0, [r, [t]])
    }
  },
  $b = class {
    maxNextTickBeforeTimer
    getRunner = zb.cached((t, r) => {
      t >= this.maxNextTickBeforeTimer ? setTimeout(() => r(0), 0) : Promise.resolve(void 0).then(() => r(t + 1))
    })
    constructor(t) {
      this.maxNextTickBeforeTimer = t
    }
    shouldYield(t) {
      return t.currentOpCount > t.getFiberRef(zm) ? t.getFiberRef(eo) : !1
    }
    scheduleTask(t, r, n) {
      this.getRunner(n).scheduleTask(t, r)
    }
  },
  CF = H(Symbol.for("effect/Scheduler/defaultScheduler"), () => new $b(2048)),
  bu = class {
    tasks = new Lh()
    deferred = !1
    scheduleTask(t, r, n) {
      this.deferred ? CF.scheduleTask(t, r, n) : this.tasks.scheduleTask(t, r)
    }
    shouldYield(t) {
      return t.currentOpCount > t.getFiberRef(zm) ? t.getFiberRef(eo) : !1
    }
    flush() {
      for (; this.tasks.buckets.length > 0;) {
        let t = this.tasks.buckets
        this.tasks.buckets = []
        for (let [r, n] of t) for (let o = 0; o < n.length; o++) n[o]()
      }
      this.deferred = !0
    }
  }
var Cu = H(Symbol.for("effect/FiberRef/currentScheduler"), () => We(CF))
var Uh = H(Symbol.for("effect/FiberRef/currentRequestMap"), () => We(new Map()))
var jb = (e, t, r, n) => {
  switch (e) {
    case void 0:
      return t()
    case "unbounded":
      return r()
    case "inherit":
      return Do(rb, (o) => o === "unbounded" ? r() : o > 1 ? n(o) : t())
    default:
      return e > 1 ? n(e) : t()
  }
}
var OF = SP, Kb = CP
var kF = ah, wF = ro
var Gb = (e) => e.replace(/[\s="]/g, "_"), RF = (e) => (t) => `${Gb(t.label)}=${e - t.startTime}ms`
var IF = "effect/MetricLabel",
  Vb = Symbol.for(IF),
  Jb = class {
    key
    value;
    [Vb] = Vb
    _hash
    constructor(t, r) {
      this.key = t, this.value = r, this._hash = ce(IF + this.key + this.value)
    }
    [D]() {
      return this._hash
    }
    [M](t) {
      return dj(t) && this.key === t.key && this.value === t.value
    }
    pipe() {
      return E(this, arguments)
    }
  },
  AF = (e, t) => new Jb(e, t),
  dj = (e) => I(e, Vb)
var FF = p((e) => ar(e[0]), function() {
    let e = arguments
    return ga(
      e[0],
      ou,
      typeof e[1] == "string" ? Jc(e[1], e[2]) : (t) => Object.entries(e[1]).reduce((r, [n, o]) => Jc(r, n, o), t)
    )
  }),
  Zb = (e) => j(e, S)
var Yb = (e) => {
  let t, r
  return typeof e == "function" ? t = e : (t = e.try, r = e.catch),
    Y(() => {
      try {
        return R(tt(t))
      } catch (n) {
        return Se(r ? tt(() => r(n)) : new gl(n, "An unknown error occurred in Effect.try"))
      }
    })
}
var Wh = kF, MF = Wh(R)
var Bh = (e) => sC(e, eC, Tl), Ej = (e) => sC(e, da(eC, Hm), ([t, r], [n, o]) => [Tl(t, n), gn(r, o)])
var Xb = p(2, (e, t) => Kt(e, { onFailure: (r) => R(t.onFailure(r)), onSuccess: (r) => R(t.onSuccess(r)) }))
var eC = re((e) => R(e.getFiberRefs()))
var tC = (e) => Xb(e, { onFailure: Ur, onSuccess: Ur })
var vF = (e) => (...t) => {
  let r = Hr(e), n
  for (let o = 0, s = t.length; o < s; o++) {
    let i = t[o]
    om(i) && (n !== void 0 ? n = Je(n, i) : n = i, t = [...t.slice(0, o), ...t.slice(o + 1)], o--)
  }
  return n === void 0 && (n = jr), re((o) => (o.log(t, n, r), ne))
}
var DF = vF(Pb)
var zh = p(2, (e, t) => xt(e, { onFailure: (r) => eu(() => t(r)), onSuccess: R })),
  rC = (e) =>
    d(to(), g((t) => d(Ej(e), la(t), NF, j((r) => ke(r, d(Gt(t), g(([n, o]) => Le(da(Il(n[0]), ll(n[1])), o))))))))
var nC = (e) => j(e, (t) => !t)
var NF = (e) => j(Ra(!0), (t) => st(fa(e, EF(t, !1)))),
  LF = (e) => Kt(e, { onFailure: () => R(y()), onSuccess: (t) => R(S(t)) })
var Il = (e) => BF((t, r) => d(e, xh(t, r))),
  UF = (e) =>
    e.length >= 1
      ? jt((t, r) => {
        try {
          e(r).then((n) => t(R(n)), (n) => t(Rr(n)))
        } catch (n) {
          t(Rr(n))
        }
      })
      : jt((t) => {
        try {
          e().then((r) => t(R(r)), (r) => t(Rr(r)))
        } catch (r) {
          t(Rr(r))
        }
      }),
  Al = p(3, (e, t, r) => bn((n) => Hs(e, kt(n, t, r)))),
  _u = p(3, (e, t, r) => bn((n) => g(r, (o) => Hs(e, d(n, kt(t, o))))))
var Ou = OF, oC = R(y())
var sC = p(3, (e, t, r) => g(t, (n) => g(e, (o) => j(t, (s) => [r(n, s), o]))))
var qF = p(2, (e, t) => xt(e, { onFailure: (r) => ke(t(r), Ie(r)), onSuccess: R }))
var HF = (e) => {
    let t, r
    typeof e == "function" ? t = e : (t = e.try, r = e.catch)
    let n = (o) => r ? Fo(() => r(o)) : Se(new gl(o, "An unknown error occurred in Effect.tryPromise"))
    return t.length >= 1
      ? jt((o, s) => {
        try {
          t(s).then((i) => o(R(i)), (i) => o(n(i)))
        } catch (i) {
          o(n(i))
        }
      })
      : jt((o) => {
        try {
          t().then((s) => o(R(s)), (s) => o(n(s)))
        } catch (s) {
          o(n(s))
        }
      })
  },
  WF = p(2, (e, t) => g(e, (r) => Yb({ try: () => t.try(r), catch: t.catch })))
var BF = (e) => re((t) => (t.setFiberRefs(e(t.id(), t.getFiberRefs())), ne))
var zF = p(2, (e, t) => Y(() => t() ? j(e, S) : R(y())))
var $F = (e) =>
  new Proxy({}, {
    get(t, r, n) {
      return (...o) => g(e, (s) => s[r](...o))
    }
  })
var jF = function() {
  let e = arguments
  return tC(g(GF, (t) =>
    _(() => {
      if (typeof e[0] == "string") t.attribute(e[0], e[1])
      else for (let r in e[0]) t.attribute(r, e[0][r])
    })))
}
var KF = g(Lo(), (e) => {
    let t = e.unsafeMap.get(Cn.key)
    return t !== void 0 && t._tag === "Span" ? R(t) : Se(new Sn())
  }),
  GF = g(Lo(), (e) => {
    let t = Pl(jn(e, Cn))
    return t._tag === "Some" && t.value._tag === "Span" ? R(t.value) : Se(new Sn())
  })
var VF = BigInt(0),
  Pl = _r((e) => Br(e.context, ih) ? e._tag === "Span" ? Pl(e.parent) : y() : S(e)),
  iC = (e, t, r) => {
    let n = !e.getFiberRef(Km) || r.context && Br(r.context, ih),
      o = e.getFiberRef(lr),
      s = r.parent ? S(r.parent) : r.root ? y() : Pl(jn(o, Cn)),
      i
    if (n) i = jA({ name: t, parent: s, context: kt(r.context ?? fn(), ih, !0) })
    else {
      let a = e.getFiberRef(Ws),
        c = Br(a, fu),
        u = Br(a, wF),
        l = e.getFiberRef(su),
        f = e.getFiberRefs(),
        m = wb(f, Gm),
        h = wb(f, ib),
        x = h._tag === "Some" ? r.links !== void 0 ? [...Mt(h.value), ...r.links ?? []] : Mt(h.value) : r.links ?? Or()
      i = c.span(t, s, r.context ?? fn(), x, l ? u.unsafeCurrentTimeNanos() : VF, r.kind ?? "internal", r),
        m._tag === "Some" && WI(m.value, (b, C) => i.attribute(C, b)),
        r.attributes !== void 0 && Object.entries(r.attributes).forEach(([b, C]) => i.attribute(b, C))
    }
    return typeof r.captureStackTrace == "function" && Jp.set(i, r.captureStackTrace), i
  },
  JF = (e, t) => (t = Uo(t), re((r) => R(iC(r, e, t))))
var Fl = (e, t, r, n) =>
    _(() => {
      e.status._tag !== "Ended" &&
        (Qm(t) && Jp.has(e) && e.attribute("code.stacktrace", Jp.get(e)()),
          e.end(n ? r.unsafeCurrentTimeNanos() : VF, t))
    }),
  qh = (e, ...t) => {
    let r = Uo(t.length === 1 ? void 0 : t[0]), n = t[t.length - 1]
    return re((o) => {
      let s = iC(o, e, r), i = o.getFiberRef(su), a = Br(o.getFiberRef(Ws), ro)
      return Ir(n(s), (c) => Fl(s, c, a, i))
    })
  },
  Hh = p(2, (e, t) => Al(e, Cn, t)),
  QF = function() {
    let e = typeof arguments[0] != "string",
      t = e ? arguments[1] : arguments[0],
      r = Uo(e ? arguments[2] : arguments[1])
    if (e) {
      let n = arguments[0]
      return qh(t, r, (o) => Hh(n, o))
    }
    return (n) => qh(t, r, (o) => Hh(n, o))
  }
var wu = Qm, Ml = cb
var ZF = Us, YF = Zm
var Aa = cu, gt = Ee
var XF = il
var kn = ba
var Vt = Fe, Tu = Dt
var aC = qA
var Pa = HA
var $h = "InterruptSignal",
  jh = "Stateful",
  Kh = "Resume",
  Gh = "YieldNow",
  Vh = (e) => ({ _tag: $h, cause: e }),
  Ru = (e) => ({ _tag: jh, onFiber: e }),
  Fa = (e) => ({ _tag: Kh, effect: e }),
  eM = () => ({ _tag: Gh })
var Sj = "effect/FiberScope",
  Jh = Symbol.for(Sj),
  cC = class {
    [Jh] = Jh
    fiberId = Vr
    roots = new Set()
    add(t, r) {
      this.roots.add(r),
        r.addObserver(() => {
          this.roots.delete(r)
        })
    }
  },
  uC = class {
    fiberId
    parent;
    [Jh] = Jh
    constructor(t, r) {
      this.fiberId = t, this.parent = r
    }
    add(t, r) {
      this.parent.tell(Ru((n) => {
        n.addChild(r),
          r.addObserver(() => {
            n.removeChild(r)
          })
      }))
    }
  },
  rM = (e) => new uC(e.id(), e),
  Gs = H(Symbol.for("effect/FiberScope/Global"), () => new cC())
var bj = "effect/Fiber",
  Qh = Symbol.for(bj),
  pC = { _E: (e) => e, _A: (e) => e },
  Cj = {
    [Qh]: pC,
    pipe() {
      return E(this, arguments)
    }
  },
  _j = "effect/Fiber",
  lC = Symbol.for(_j)
var fC = (e) => e.await
var dC = (e) => e.inheritAll
var Vs = (e) => ma(Xn(e.await), e.inheritAll)
var Q8 = {
  ...fs,
  commit() {
    return Vs(this)
  },
  ...Cj,
  id: () => Vr,
  await: ru,
  children: R([]),
  inheritAll: ru,
  poll: R(y()),
  interruptAsFork: () => ru
}
var Js = "effect/FiberCurrent"
var Oj = "effect/Logger",
  sM = Symbol.for(Oj),
  iM = { _Message: (e) => e, _Output: (e) => e },
  Zh = (e) => ({
    [sM]: iM,
    log: e,
    pipe() {
      return E(this, arguments)
    }
  })
var X8 = {
  [sM]: iM,
  log: Ur,
  pipe() {
    return E(this, arguments)
  }
}
var kj = /^[^\s"=]*$/,
  wj = (e, t) => ({ annotations: r, cause: n, date: o, fiberId: s, logLevel: i, message: a, spans: c }) => {
    let u = (x) => x.match(kj) ? x : e(x),
      l = (x, b) => `${Gb(x)}=${u(b)}`,
      f = (x, b) => " " + l(x, b),
      m = l("timestamp", o.toISOString())
    m += f("level", i.label), m += f("fiber", gm(s))
    let h = aE(a)
    for (let x = 0; x < h.length; x++) m += f("message", yo(h[x], t))
    VE(n) || (m += f("cause", hn(n, { renderErrorCause: !0 })))
    for (let x of c) m += " " + RF(o.getTime())(x)
    for (let [x, b] of r) m += f(x, yo(b, t))
    return m
  },
  Tj = (e) => `"${e.replace(/\\([\s\S])|(")/g, "\\$1$2")}"`,
  aM = Zh(wj(Tj))
var Ma = {
    bold: "1",
    red: "31",
    green: "32",
    yellow: "33",
    blue: "34",
    cyan: "36",
    white: "37",
    gray: "90",
    black: "30",
    bgBrightRed: "101"
  },
  e9 = {
    None: [],
    All: [],
    Trace: [Ma.gray],
    Debug: [Ma.blue],
    Info: [Ma.green],
    Warning: [Ma.yellow],
    Error: [Ma.red],
    Fatal: [Ma.bgBrightRed, Ma.black]
  }
var cM = typeof process == "object" && process !== null && typeof process.stdout == "object" && process.stdout !== null,
  t9 = cM && process.stdout.isTTY === !0,
  r9 = cM || "Deno" in globalThis
var uM = "effect/MetricBoundaries",
  mC = Symbol.for(uM),
  hC = class {
    values;
    [mC] = mC
    constructor(t) {
      this.values = t, this._hash = d(ce(uM), B(nr(this.values)))
    }
    _hash;
    [D]() {
      return this._hash
    }
    [M](t) {
      return Ij(t) && A(this.values, t.values)
    }
    pipe() {
      return E(this, arguments)
    }
  },
  Ij = (e) => I(e, mC),
  Aj = (e) => {
    let t = d(e, vd(be(Number.POSITIVE_INFINITY)), gE)
    return new hC(t)
  }
var pM = (e) => d(iE(e.count - 1, (t) => e.start * Math.pow(e.factor, t)), vt, Aj)
var Fj = "effect/MetricKeyType",
  vl = Symbol.for(Fj),
  mM = "effect/MetricKeyType/Counter",
  xC = Symbol.for(mM),
  hM = "effect/MetricKeyType/Frequency",
  gC = Symbol.for(hM),
  xM = "effect/MetricKeyType/Gauge",
  yC = Symbol.for(xM),
  gM = "effect/MetricKeyType/Histogram",
  EC = Symbol.for(gM),
  yM = "effect/MetricKeyType/Summary",
  SC = Symbol.for(yM),
  Dl = { _In: (e) => e, _Out: (e) => e },
  bC = class {
    incremental
    bigint;
    [vl] = Dl;
    [xC] = xC
    constructor(t, r) {
      this.incremental = t, this.bigint = r, this._hash = ce(mM)
    }
    _hash;
    [D]() {
      return this._hash
    }
    [M](t) {
      return _C(t)
    }
    pipe() {
      return E(this, arguments)
    }
  },
  Mj = ce(hM),
  lM = class {
    preregisteredWords;
    [vl] = Dl;
    [gC] = gC
    constructor(t) {
      this.preregisteredWords = t
    }
    [D]() {
      return Mj
    }
    [M](t) {
      return OC(t)
    }
    pipe() {
      return E(this, arguments)
    }
  },
  vj = ce(xM),
  fM = class {
    bigint;
    [vl] = Dl;
    [yC] = yC
    constructor(t) {
      this.bigint = t
    }
    [D]() {
      return vj
    }
    [M](t) {
      return kC(t)
    }
    pipe() {
      return E(this, arguments)
    }
  },
  CC = class {
    boundaries;
    [vl] = Dl;
    [EC] = EC
    constructor(t) {
      this.boundaries = t, this._hash = d(ce(gM), B(T(this.boundaries)))
    }
    _hash;
    [D]() {
      return this._hash
    }
    [M](t) {
      return wC(t) && A(this.boundaries, t.boundaries)
    }
    pipe() {
      return E(this, arguments)
    }
  },
  dM = class {
    maxAge
    maxSize
    error
    quantiles;
    [vl] = Dl;
    [SC] = SC
    constructor(t, r, n, o) {
      this.maxAge = t,
        this.maxSize = r,
        this.error = n,
        this.quantiles = o,
        this._hash = d(ce(yM), B(T(this.maxAge)), B(T(this.maxSize)), B(T(this.error)), B(nr(this.quantiles)))
    }
    _hash;
    [D]() {
      return this._hash
    }
    [M](t) {
      return TC(t) && A(this.maxAge, t.maxAge) && this.maxSize === t.maxSize && this.error === t.error &&
        A(this.quantiles, t.quantiles)
    }
    pipe() {
      return E(this, arguments)
    }
  },
  EM = (e) => new bC(e?.incremental ?? !1, e?.bigint ?? !1)
var SM = (e) => new CC(e)
var _C = (e) => I(e, xC), OC = (e) => I(e, gC), kC = (e) => I(e, yC), wC = (e) => I(e, EC), TC = (e) => I(e, SC)
var Dj = "effect/MetricKey",
  CM = Symbol.for(Dj),
  Nj = { _Type: (e) => e },
  Lj = gs(A),
  Nl = class {
    name
    keyType
    description
    tags;
    [CM] = Nj
    constructor(t, r, n, o = []) {
      this.name = t,
        this.keyType = r,
        this.description = n,
        this.tags = o,
        this._hash = d(ce(this.name + this.description), B(T(this.keyType)), B(nr(this.tags)))
    }
    _hash;
    [D]() {
      return this._hash
    }
    [M](t) {
      return Uj(t) && this.name === t.name && A(this.keyType, t.keyType) && A(this.description, t.description) &&
        Lj(this.tags, t.tags)
    }
    pipe() {
      return E(this, arguments)
    }
  },
  Uj = (e) => I(e, CM),
  _M = (e, t) => new Nl(e, EM(t), Hr(t?.description))
var OM = (e, t, r) => new Nl(e, SM(t), Hr(r))
var kM = p(2, (e, t) => t.length === 0 ? e : new Nl(e.name, e.keyType, e.description, Co(e.tags, t)))
var wM = Symbol.for("effect/MutableHashMap"),
  Hj = {
    [wM]: wM,
    [Symbol.iterator]() {
      return new RC(this)
    },
    toString() {
      return te(this.toJSON())
    },
    toJSON() {
      return { _id: "MutableHashMap", values: Array.from(this).map(ee) }
    },
    [z]() {
      return this.toJSON()
    },
    pipe() {
      return E(this, arguments)
    }
  },
  RC = class e {
    self
    referentialIterator
    bucketIterator
    constructor(t) {
      this.self = t, this.referentialIterator = t.referential[Symbol.iterator]()
    }
    next() {
      if (this.bucketIterator !== void 0) return this.bucketIterator.next()
      let t = this.referentialIterator.next()
      return t.done ? (this.bucketIterator = new IC(this.self.buckets.values()), this.next()) : t
    }
    [Symbol.iterator]() {
      return new e(this.self)
    }
  },
  IC = class {
    backing
    constructor(t) {
      this.backing = t
    }
    currentBucket
    next() {
      if (this.currentBucket === void 0) {
        let r = this.backing.next()
        if (r.done) return r
        this.currentBucket = r.value[Symbol.iterator]()
      }
      let t = this.currentBucket.next()
      return t.done ? (this.currentBucket = void 0, this.next()) : t
    }
  },
  TM = () => {
    let e = Object.create(Hj)
    return e.referential = new Map(), e.buckets = new Map(), e.bucketsSize = 0, e
  }
var Qs = p(2, (e, t) => {
  if (Fp(t) === !1) return e.referential.has(t) ? S(e.referential.get(t)) : y()
  let r = t[D](), n = e.buckets.get(r)
  return n === void 0 ? y() : Wj(e, n, t)
})
var Wj = (e, t, r, n = !1) => {
    for (let o = 0, s = t.length; o < s; o++) {
      if (r[M](t[o][0])) {
        let i = t[o][1]
        return n && (t.splice(o, 1), e.bucketsSize--), S(i)
      }
    }
    return y()
  },
  Iu = p(2, (e, t) => V(Qs(e, t))),
  Au = p(3, (e, t, r) => {
    if (Fp(t) === !1) return e.referential.set(t, r), e
    let n = t[D](), o = e.buckets.get(n)
    return o === void 0
      ? (e.buckets.set(n, [[t, r]]), e.bucketsSize++, e)
      : (Bj(e, o, t), o.push([t, r]), e.bucketsSize++, e)
  }),
  Bj = (e, t, r) => {
    for (let n = 0, o = t.length; n < o; n++) {
      if (r[M](t[n][0])) {
        t.splice(n, 1), e.bucketsSize--
        return
      }
    }
  }
var $j = "effect/MetricState",
  Ll = Symbol.for($j),
  RM = "effect/MetricState/Counter",
  AC = Symbol.for(RM),
  IM = "effect/MetricState/Frequency",
  PC = Symbol.for(IM),
  AM = "effect/MetricState/Gauge",
  FC = Symbol.for(AM),
  PM = "effect/MetricState/Histogram",
  MC = Symbol.for(PM),
  FM = "effect/MetricState/Summary",
  vC = Symbol.for(FM),
  Ul = { _A: (e) => e },
  DC = class {
    count;
    [Ll] = Ul;
    [AC] = AC
    constructor(t) {
      this.count = t
    }
    [D]() {
      return d(T(RM), B(T(this.count)), G(this))
    }
    [M](t) {
      return Kj(t) && this.count === t.count
    }
    pipe() {
      return E(this, arguments)
    }
  },
  jj = gs(A),
  NC = class {
    occurrences;
    [Ll] = Ul;
    [PC] = PC
    constructor(t) {
      this.occurrences = t
    }
    _hash;
    [D]() {
      return d(ce(IM), B(nr(le(this.occurrences.entries()))), G(this))
    }
    [M](t) {
      return Gj(t) && jj(le(this.occurrences.entries()), le(t.occurrences.entries()))
    }
    pipe() {
      return E(this, arguments)
    }
  },
  LC = class {
    value;
    [Ll] = Ul;
    [FC] = FC
    constructor(t) {
      this.value = t
    }
    [D]() {
      return d(T(AM), B(T(this.value)), G(this))
    }
    [M](t) {
      return Vj(t) && this.value === t.value
    }
    pipe() {
      return E(this, arguments)
    }
  },
  UC = class {
    buckets
    count
    min
    max
    sum;
    [Ll] = Ul;
    [MC] = MC
    constructor(t, r, n, o, s) {
      this.buckets = t, this.count = r, this.min = n, this.max = o, this.sum = s
    }
    [D]() {
      return d(T(PM), B(T(this.buckets)), B(T(this.count)), B(T(this.min)), B(T(this.max)), B(T(this.sum)), G(this))
    }
    [M](t) {
      return Jj(t) && A(this.buckets, t.buckets) && this.count === t.count && this.min === t.min &&
        this.max === t.max && this.sum === t.sum
    }
    pipe() {
      return E(this, arguments)
    }
  },
  qC = class {
    error
    quantiles
    count
    min
    max
    sum;
    [Ll] = Ul;
    [vC] = vC
    constructor(t, r, n, o, s, i) {
      this.error = t, this.quantiles = r, this.count = n, this.min = o, this.max = s, this.sum = i
    }
    [D]() {
      return d(
        T(FM),
        B(T(this.error)),
        B(T(this.quantiles)),
        B(T(this.count)),
        B(T(this.min)),
        B(T(this.max)),
        B(T(this.sum)),
        G(this)
      )
    }
    [M](t) {
      return Qj(t) && this.error === t.error && A(this.quantiles, t.quantiles) && this.count === t.count &&
        this.min === t.min && this.max === t.max && this.sum === t.sum
    }
    pipe() {
      return E(this, arguments)
    }
  },
  MM = (e) => new DC(e),
  vM = (e) => new NC(e),
  DM = (e) => new LC(e),
  NM = (e) => new UC(e.buckets, e.count, e.min, e.max, e.sum),
  LM = (e) => new qC(e.error, e.quantiles, e.count, e.min, e.max, e.sum)
var Kj = (e) => I(e, AC), Gj = (e) => I(e, PC), Vj = (e) => I(e, FC), Jj = (e) => I(e, MC), Qj = (e) => I(e, vC)
var Yj = "effect/MetricHook",
  Xj = Symbol.for(Yj),
  eK = { _In: (e) => e, _Out: (e) => e },
  ql = (e) => ({
    [Xj]: eK,
    pipe() {
      return E(this, arguments)
    },
    ...e
  })
var UM = BigInt(0),
  HM = (e) => {
    let t = e.keyType.bigint ? UM : 0,
      r = e.keyType.incremental ? e.keyType.bigint ? (o) => o >= UM : (o) => o >= 0 : (o) => !0,
      n = (o) => {
        r(o) && (t = t + o)
      }
    return ql({ get: () => MM(t), update: n, modify: n })
  },
  WM = (e) => {
    let t = new Map()
    for (let n of e.keyType.preregisteredWords) t.set(n, 0)
    let r = (n) => {
      let o = t.get(n) ?? 0
      t.set(n, o + 1)
    }
    return ql({ get: () => vM(t), update: r, modify: r })
  },
  BM = (e, t) => {
    let r = t
    return ql({
      get: () => DM(r),
      update: (n) => {
        r = n
      },
      modify: (n) => {
        r = r + n
      }
    })
  },
  zM = (e) => {
    let t = e.keyType.boundaries.values,
      r = t.length,
      n = new Uint32Array(r + 1),
      o = new Float64Array(r),
      s = 0,
      i = 0,
      a = Number.MAX_VALUE,
      c = Number.MIN_VALUE
    d(
      t,
      bo(no),
      Wr((f, m) => {
        o[m] = f
      })
    )
    let u = (f) => {
        let m = 0, h = r
        for (; m !== h;) {
          let x = Math.floor(m + (h - m) / 2), b = o[x]
          f <= b ? h = x : m = x, h === m + 1 && (f <= o[m] ? h = m : m = h)
        }
        n[m] = n[m] + 1, s = s + 1, i = i + f, f < a && (a = f), f > c && (c = f)
      },
      l = () => {
        let f = Bi(r), m = 0
        for (let h = 0; h < r; h++) {
          let x = o[h], b = n[h]
          m = m + b, f[h] = [x, m]
        }
        return f
      }
    return ql({ get: () => NM({ buckets: l(), count: s, min: a, max: c, sum: i }), update: u, modify: u })
  },
  $M = (e) => {
    let { error: t, maxAge: r, maxSize: n, quantiles: o } = e.keyType,
      s = d(o, bo(no)),
      i = Bi(n),
      a = 0,
      c = 0,
      u = 0,
      l = 0,
      f = 0,
      m = (x) => {
        let b = [], C = 0
        for (; C !== n - 1;) {
          let k = i[C]
          if (k != null) {
            let [F, O] = k, N = Kr(x - F)
            XE(N, Ts) && TI(N, r) && b.push(O)
          }
          C = C + 1
        }
        return tK(t, s, bo(b, no))
      },
      h = (x, b) => {
        if (n > 0) {
          a = a + 1
          let C = a % n
          i[C] = [b, x]
        }
        l = c === 0 ? x : Math.min(l, x), f = c === 0 ? x : Math.max(f, x), c = c + 1, u = u + x
      }
    return ql({
      get: () => LM({ error: t, quantiles: m(Date.now()), count: c, min: l, max: f, sum: u }),
      update: ([x, b]) => h(x, b),
      modify: ([x, b]) => h(x, b)
    })
  },
  tK = (e, t, r) => {
    let n = r.length
    if (!Ce(t)) return Or()
    let o = t[0], s = t.slice(1), i = qM(e, n, y(), 0, o, r), a = Ft(i)
    return s.forEach((c) => {
      a.push(qM(e, n, i.value, i.consumed, c, i.rest))
    }),
      Wr(a, (c) => [c.quantile, c.value])
  },
  qM = (e, t, r, n, o, s) => {
    let i = e, a = t, c = r, u = n, l = o, f = s, m = e, h = t, x = r, b = n, C = o, k = s
    for (;;) {
      if (!Ce(f)) return { quantile: l, value: y(), consumed: u, rest: [] }
      if (l === 1) return { quantile: l, value: S(lE(f)), consumed: u + f.length, rest: [] }
      let F = rt(f), O = uR(f, (K) => K === F), N = l * a, L = i / 2 * N, U = u + O[0].length, W = Math.abs(U - N)
      if (U < N - L) {
        m = i, h = a, x = So(f), b = U, C = l, k = O[1], i = m, a = h, c = x, u = b, l = C, f = k
        continue
      }
      if (U > N + L) {
        let K = xe(c) ? S(F) : c
        return { quantile: l, value: K, consumed: u, rest: f }
      }
      switch (c._tag) {
        case "None": {
          m = i, h = a, x = So(f), b = U, C = l, k = O[1], i = m, a = h, c = x, u = b, l = C, f = k
          continue
        }
        case "Some": {
          let K = Math.abs(N - c.value)
          if (W < K) {
            m = i, h = a, x = So(f), b = U, C = l, k = O[1], i = m, a = h, c = x, u = b, l = C, f = k
            continue
          }
          return { quantile: l, value: S(c.value), consumed: u, rest: f }
        }
      }
    }
    throw new Error(
      "BUG: MetricHook.resolveQuantiles - please report an issue at https://github.com/Effect-TS/effect/issues"
    )
  }
var nK = "effect/MetricPair", oK = Symbol.for(nK), sK = { _Type: (e) => e }
var jM = (e, t) => ({
  [oK]: sK,
  metricKey: e,
  metricState: t,
  pipe() {
    return E(this, arguments)
  }
})
var aK = "effect/MetricRegistry",
  KM = Symbol.for(aK),
  HC = class {
    [KM] = KM
    map = TM()
    snapshot() {
      let t = []
      for (let [r, n] of this.map) t.push(jM(r, n.get()))
      return t
    }
    get(t) {
      let r = d(this.map, Qs(t), or)
      if (r == null) {
        if (_C(t.keyType)) return this.getCounter(t)
        if (kC(t.keyType)) return this.getGauge(t)
        if (OC(t.keyType)) return this.getFrequency(t)
        if (wC(t.keyType)) return this.getHistogram(t)
        if (TC(t.keyType)) return this.getSummary(t)
        throw new Error(
          "BUG: MetricRegistry.get - unknown MetricKeyType - please report an issue at https://github.com/Effect-TS/effect/issues"
        )
      } else return r
    }
    getCounter(t) {
      let r = d(this.map, Qs(t), or)
      if (r == null) {
        let n = HM(t)
        d(this.map, Iu(t)) || d(this.map, Au(t, n)), r = n
      }
      return r
    }
    getFrequency(t) {
      let r = d(this.map, Qs(t), or)
      if (r == null) {
        let n = WM(t)
        d(this.map, Iu(t)) || d(this.map, Au(t, n)), r = n
      }
      return r
    }
    getGauge(t) {
      let r = d(this.map, Qs(t), or)
      if (r == null) {
        let n = BM(t, t.keyType.bigint ? BigInt(0) : 0)
        d(this.map, Iu(t)) || d(this.map, Au(t, n)), r = n
      }
      return r
    }
    getHistogram(t) {
      let r = d(this.map, Qs(t), or)
      if (r == null) {
        let n = zM(t)
        d(this.map, Iu(t)) || d(this.map, Au(t, n)), r = n
      }
      return r
    }
    getSummary(t) {
      let r = d(this.map, Qs(t), or)
      if (r == null) {
        let n = $M(t)
        d(this.map, Iu(t)) || d(this.map, Au(t, n)), r = n
      }
      return r
    }
  },
  GM = () => new HC()
var uK = "effect/Metric",
  pK = Symbol.for(uK),
  lK = { _Type: (e) => e, _In: (e) => e, _Out: (e) => e },
  VM = H(Symbol.for("effect/Metric/globalMetricRegistry"), () => GM()),
  JM = function(e, t, r, n) {
    let o = Object.assign((s) => vo(s, (i) => dK(o, i)), {
      [pK]: lK,
      keyType: e,
      unsafeUpdate: t,
      unsafeValue: r,
      unsafeModify: n,
      register() {
        return this.unsafeValue([]), this
      },
      pipe() {
        return E(this, arguments)
      }
    })
    return o
  }
var Hl = (e, t) => QM(_M(e, t))
var QM = (e) => {
  let t,
    r = new WeakMap(),
    n = (o) => {
      if (o.length === 0) return t !== void 0 || (t = VM.get(e)), t
      let s = r.get(o)
      return s !== void 0 || (s = VM.get(kM(e, o)), r.set(o, s)), s
    }
  return JM(e.keyType, (o, s) => n(s).update(o), (o) => n(o).get(), (o, s) => n(s).modify(o))
}
var ZM = (e, t, r) => QM(OM(e, t, r))
var YM = p(3, (e, t, r) => fK(e, [AF(t, r)]))
var fK = p(
  2,
  (e, t) =>
    JM(
      e.keyType,
      (r, n) => e.unsafeUpdate(r, Co(t, n)),
      (r) => e.unsafeValue(Co(t, r)),
      (r, n) => e.unsafeModify(r, Co(t, n))
    )
)
var dK = p(2, (e, t) => Do(ya, (r) => _(() => e.unsafeUpdate(t, r))))
var hK = "effect/Request", xK = Symbol.for(hK), gK = { _E: (e) => e, _A: (e) => e }, M9 = { ...Up, [xK]: gK }
var XM = p(2, (e, t) =>
  Do(Uh, (r) =>
    _(() => {
      if (r.has(e)) {
        let n = r.get(e)
        n.state.completed || (n.state.completed = !0, qs(n.result, t))
      }
    })))
var Zs = { Forward: 0, Backward: 1 },
  Yh = class e {
    self
    stack
    direction
    count = 0
    constructor(t, r, n) {
      this.self = t, this.stack = r, this.direction = n
    }
    clone() {
      return new e(this.self, this.stack.slice(), this.direction)
    }
    reversed() {
      return new e(this.self, this.stack.slice(), this.direction === Zs.Forward ? Zs.Backward : Zs.Forward)
    }
    next() {
      let t = this.entry
      switch (this.count++, this.direction === Zs.Forward ? this.moveNext() : this.movePrev(), t._tag) {
        case "None":
          return { done: !0, value: this.count }
        case "Some":
          return { done: !1, value: t.value }
      }
    }
    get key() {
      return this.stack.length > 0 ? S(this.stack[this.stack.length - 1].key) : y()
    }
    get value() {
      return this.stack.length > 0 ? S(this.stack[this.stack.length - 1].value) : y()
    }
    get entry() {
      return _t(Dd(this.stack), (t) => [t.key, t.value])
    }
    get index() {
      let t = 0, r = this.stack
      if (r.length === 0) {
        let n = this.self._root
        return n != null ? n.count : 0
      } else r[r.length - 1].left != null && (t = r[r.length - 1].left.count)
      for (let n = r.length - 2; n >= 0; --n) {
        r[n + 1] === r[n].right && (++t, r[n].left != null && (t += r[n].left.count))
      }
      return t
    }
    moveNext() {
      let t = this.stack
      if (t.length === 0) return
      let r = t[t.length - 1]
      if (r.right != null) { for (r = r.right; r != null;) t.push(r), r = r.left }
      else for (t.pop(); t.length > 0 && t[t.length - 1].right === r;) r = t[t.length - 1], t.pop()
    }
    get hasNext() {
      let t = this.stack
      if (t.length === 0) return !1
      if (t[t.length - 1].right != null) return !0
      for (let r = t.length - 1; r > 0; --r) if (t[r - 1].left === t[r]) return !0
      return !1
    }
    movePrev() {
      let t = this.stack
      if (t.length === 0) return
      let r = t[t.length - 1]
      if (r != null && r.left != null) { for (r = r.left; r != null;) t.push(r), r = r.right }
      else for (t.pop(); t.length > 0 && t[t.length - 1].left === r;) r = t[t.length - 1], t.pop()
    }
    get hasPrev() {
      let t = this.stack
      if (t.length === 0) return !1
      if (t[t.length - 1].left != null) return !0
      for (let r = t.length - 1; r > 0; --r) if (t[r - 1].right === t[r]) return !0
      return !1
    }
  }
var $ = { Red: 0, Black: 1 },
  wn = ({ color: e, count: t, key: r, left: n, right: o, value: s }) => ({
    color: e,
    key: r,
    value: s,
    left: n,
    right: o,
    count: t
  })
function WC(e, t) {
  e.key = t.key, e.value = t.value, e.left = t.left, e.right = t.right, e.color = t.color, e.count = t.count
}
var Ho = ({ count: e, key: t, left: r, right: n, value: o }, s) => ({
    color: s,
    key: t,
    value: o,
    left: r,
    right: n,
    count: e
  }),
  De = (e) => {
    e.count = 1 + (e.left?.count ?? 0) + (e.right?.count ?? 0)
  }
var ev = "effect/RedBlackTree",
  BC = Symbol.for(ev),
  EK = { _Key: (e) => e, _Value: (e) => e },
  SK = {
    [BC]: EK,
    [D]() {
      let e = T(ev)
      for (let t of this) e ^= d(T(t[0]), B(T(t[1])))
      return G(this, e)
    },
    [M](e) {
      if (tv(e)) {
        if ((this._root?.count ?? 0) !== (e._root?.count ?? 0)) return !1
        let t = Array.from(e)
        return Array.from(this).every((r, n) => {
          let o = t[n]
          return A(r[0], o[0]) && A(r[1], o[1])
        })
      }
      return !1
    },
    [Symbol.iterator]() {
      let e = [], t = this._root
      for (; t != null;) e.push(t), t = t.left
      return new Yh(this, e, Zs.Forward)
    },
    toString() {
      return te(this.toJSON())
    },
    toJSON() {
      return { _id: "RedBlackTree", values: Array.from(this).map(ee) }
    },
    [z]() {
      return this.toJSON()
    },
    pipe() {
      return E(this, arguments)
    }
  },
  Wl = (e, t) => {
    let r = Object.create(SK)
    return r._ord = e, r._root = t, r
  },
  tv = (e) => I(e, BC)
var rv = p(2, (e, t) => {
  let r = e._ord, n = e._root
  for (; n !== void 0;) {
    let o = r(t, n.key)
    if (A(t, n.key)) return S(n.value)
    o <= 0 ? n = n.left : n = n.right
  }
  return y()
})
var zC = p(2, (e, t) => V(rv(e, t))),
  nv = p(3, (e, t, r) => {
    let n = e._ord, o = e._root, s = [], i = []
    for (; o != null;) {
      let a = n(t, o.key)
      s.push(o), i.push(a), a <= 0 ? o = o.left : o = o.right
    }
    s.push({ color: $.Red, key: t, value: r, left: void 0, right: void 0, count: 1 })
    for (let a = s.length - 2; a >= 0; --a) {
      let c = s[a]
      i[a] <= 0
        ? s[a] = { color: c.color, key: c.key, value: c.value, left: s[a + 1], right: c.right, count: c.count + 1 }
        : s[a] = { color: c.color, key: c.key, value: c.value, left: c.left, right: s[a + 1], count: c.count + 1 }
    }
    for (let a = s.length - 1; a > 1; --a) {
      let c = s[a - 1], u = s[a]
      if (c.color === $.Black || u.color === $.Black) break
      let l = s[a - 2]
      if (l.left === c) {
        if (c.left === u) {
          let f = l.right
          if (f && f.color === $.Red) c.color = $.Black, l.right = Ho(f, $.Black), l.color = $.Red, a -= 1
          else {
            if (
              l.color = $.Red,
                l.left = c.right,
                c.color = $.Black,
                c.right = l,
                s[a - 2] = c,
                s[a - 1] = u,
                De(l),
                De(c),
                a >= 3
            ) {
              let m = s[a - 3]
              m.left === l ? m.left = c : m.right = c
            }
            break
          }
        } else {
          let f = l.right
          if (f && f.color === $.Red) c.color = $.Black, l.right = Ho(f, $.Black), l.color = $.Red, a -= 1
          else {
            if (
              c.right = u.left,
                l.color = $.Red,
                l.left = u.right,
                u.color = $.Black,
                u.left = c,
                u.right = l,
                s[a - 2] = u,
                s[a - 1] = c,
                De(l),
                De(c),
                De(u),
                a >= 3
            ) {
              let m = s[a - 3]
              m.left === l ? m.left = u : m.right = u
            }
            break
          }
        }
      } else if (c.right === u) {
        let f = l.left
        if (f && f.color === $.Red) c.color = $.Black, l.left = Ho(f, $.Black), l.color = $.Red, a -= 1
        else {
          if (
            l.color = $.Red,
              l.right = c.left,
              c.color = $.Black,
              c.left = l,
              s[a - 2] = c,
              s[a - 1] = u,
              De(l),
              De(c),
              a >= 3
          ) {
            let m = s[a - 3]
            m.right === l ? m.right = c : m.left = c
          }
          break
        }
      } else {
        let f = l.left
        if (f && f.color === $.Red) c.color = $.Black, l.left = Ho(f, $.Black), l.color = $.Red, a -= 1
        else {
          if (
            c.left = u.right,
              l.color = $.Red,
              l.right = u.left,
              u.color = $.Black,
              u.right = c,
              u.left = l,
              s[a - 2] = u,
              s[a - 1] = c,
              De(l),
              De(c),
              De(u),
              a >= 3
          ) {
            let m = s[a - 3]
            m.right === l ? m.right = u : m.left = u
          }
          break
        }
      }
    }
    return s[0].color = $.Black, Wl(e._ord, s[0])
  }),
  ov = (e) => sv(e, Zs.Forward)
var sv = (e, t) => {
  let r = e[Symbol.iterator](), n = 0
  return {
    [Symbol.iterator]: () => sv(e, t),
    next: () => {
      n++
      let o = r.key
      switch (t === Zs.Forward ? r.moveNext() : r.movePrev(), o._tag) {
        case "None":
          return { done: !0, value: n }
        case "Some":
          return { done: !1, value: o.value }
      }
    }
  }
}
var iv = p(2, (e, t) => {
  if (!zC(e, t)) return e
  let r = e._ord, n = r, o = e._root, s = []
  for (; o !== void 0;) {
    let c = n(t, o.key)
    s.push(o), A(t, o.key) ? o = void 0 : c <= 0 ? o = o.left : o = o.right
  }
  if (s.length === 0) return e
  let i = new Array(s.length), a = s[s.length - 1]
  i[i.length - 1] = { color: a.color, key: a.key, value: a.value, left: a.left, right: a.right, count: a.count }
  for (let c = s.length - 2; c >= 0; --c) {
    a = s[c],
      a.left === s[c + 1]
        ? i[c] = { color: a.color, key: a.key, value: a.value, left: i[c + 1], right: a.right, count: a.count }
        : i[c] = { color: a.color, key: a.key, value: a.value, left: a.left, right: i[c + 1], count: a.count }
  }
  if (a = i[i.length - 1], a.left !== void 0 && a.right !== void 0) {
    let c = i.length
    for (a = a.left; a.right != null;) i.push(a), a = a.right
    let u = i[c - 1]
    i.push({ color: a.color, key: u.key, value: u.value, left: a.left, right: a.right, count: a.count }),
      i[c - 1].key = a.key,
      i[c - 1].value = a.value
    for (let l = i.length - 2; l >= c; --l) {
      a = i[l], i[l] = { color: a.color, key: a.key, value: a.value, left: a.left, right: i[l + 1], count: a.count }
    }
    i[c - 1].left = i[c]
  }
  if (a = i[i.length - 1], a.color === $.Red) {
    let c = i[i.length - 2]
    c.left === a ? c.left = void 0 : c.right === a && (c.right = void 0), i.pop()
    for (let u = 0; u < i.length; ++u) i[u].count--
    return Wl(r, i[0])
  } else if (a.left !== void 0 || a.right !== void 0) {
    a.left !== void 0 ? WC(a, a.left) : a.right !== void 0 && WC(a, a.right), a.color = $.Black
    for (let c = 0; c < i.length - 1; ++c) i[c].count--
    return Wl(r, i[0])
  } else {
    if (i.length === 1) return Wl(r, void 0)
    {
      for (let u = 0; u < i.length; ++u) i[u].count--
      let c = i[i.length - 2]
      bK(i), c.left === a ? c.left = void 0 : c.right = void 0
    }
  }
  return Wl(r, i[0])
})
var bK = (e) => {
  let t, r, n, o
  for (let s = e.length - 1; s >= 0; --s) {
    if (t = e[s], s === 0) {
      t.color = $.Black
      return
    }
    if (r = e[s - 1], r.left === t) {
      if (n = r.right, n !== void 0 && n.right !== void 0 && n.right.color === $.Red) {
        if (
          n = r.right = wn(n),
            o = n.right = wn(n.right),
            r.right = n.left,
            n.left = r,
            n.right = o,
            n.color = r.color,
            t.color = $.Black,
            r.color = $.Black,
            o.color = $.Black,
            De(r),
            De(n),
            s > 1
        ) {
          let i = e[s - 2]
          i.left === r ? i.left = n : i.right = n
        }
        e[s - 1] = n
        return
      } else if (n !== void 0 && n.left !== void 0 && n.left.color === $.Red) {
        if (
          n = r.right = wn(n),
            o = n.left = wn(n.left),
            r.right = o.left,
            n.left = o.right,
            o.left = r,
            o.right = n,
            o.color = r.color,
            r.color = $.Black,
            n.color = $.Black,
            t.color = $.Black,
            De(r),
            De(n),
            De(o),
            s > 1
        ) {
          let i = e[s - 2]
          i.left === r ? i.left = o : i.right = o
        }
        e[s - 1] = o
        return
      }
      if (n !== void 0 && n.color === $.Black) {
        if (r.color === $.Red) {
          r.color = $.Black, r.right = Ho(n, $.Red)
          return
        } else {
          r.right = Ho(n, $.Red)
          continue
        }
      } else if (n !== void 0) {
        if (n = wn(n), r.right = n.left, n.left = r, n.color = r.color, r.color = $.Red, De(r), De(n), s > 1) {
          let i = e[s - 2]
          i.left === r ? i.left = n : i.right = n
        }
        e[s - 1] = n, e[s] = r, s + 1 < e.length ? e[s + 1] = t : e.push(t), s = s + 2
      }
    } else {
      if (n = r.left, n !== void 0 && n.left !== void 0 && n.left.color === $.Red) {
        if (
          n = r.left = wn(n),
            o = n.left = wn(n.left),
            r.left = n.right,
            n.right = r,
            n.left = o,
            n.color = r.color,
            t.color = $.Black,
            r.color = $.Black,
            o.color = $.Black,
            De(r),
            De(n),
            s > 1
        ) {
          let i = e[s - 2]
          i.right === r ? i.right = n : i.left = n
        }
        e[s - 1] = n
        return
      } else if (n !== void 0 && n.right !== void 0 && n.right.color === $.Red) {
        if (
          n = r.left = wn(n),
            o = n.right = wn(n.right),
            r.left = o.right,
            n.right = o.left,
            o.right = r,
            o.left = n,
            o.color = r.color,
            r.color = $.Black,
            n.color = $.Black,
            t.color = $.Black,
            De(r),
            De(n),
            De(o),
            s > 1
        ) {
          let i = e[s - 2]
          i.right === r ? i.right = o : i.left = o
        }
        e[s - 1] = o
        return
      }
      if (n !== void 0 && n.color === $.Black) {
        if (r.color === $.Red) {
          r.color = $.Black, r.left = Ho(n, $.Red)
          return
        } else {
          r.left = Ho(n, $.Red)
          continue
        }
      } else if (n !== void 0) {
        if (n = wn(n), r.left = n.right, n.right = r, n.color = r.color, r.color = $.Red, De(r), De(n), s > 1) {
          let i = e[s - 2]
          i.right === r ? i.right = n : i.left = n
        }
        e[s - 1] = n, e[s] = r, s + 1 < e.length ? e[s + 1] = t : e.push(t), s = s + 2
      }
    }
  }
}
var av = zC, cv = nv, uv = ov
var pv = iv
var $C = Symbol.for("effect/SortedSet"),
  OK = {
    [$C]: { _A: (e) => e },
    [D]() {
      return d(T(this.keyTree), B(T($C)), G(this))
    },
    [M](e) {
      return kK(e) && A(this.keyTree, e.keyTree)
    },
    [Symbol.iterator]() {
      return uv(this.keyTree)
    },
    toString() {
      return te(this.toJSON())
    },
    toJSON() {
      return { _id: "SortedSet", values: Array.from(this).map(ee) }
    },
    [z]() {
      return this.toJSON()
    },
    pipe() {
      return E(this, arguments)
    }
  },
  lv = (e) => {
    let t = Object.create(OK)
    return t.keyTree = e, t
  },
  kK = (e) => I(e, $C)
var fv = p(2, (e, t) => av(e.keyTree, t) ? e : lv(cv(e.keyTree, t, !0)))
var dv = p(2, (e, t) => lv(pv(e.keyTree, t)))
var TK = "effect/Supervisor",
  Mu = Symbol.for(TK),
  Bl = { _T: (e) => e },
  Pu = class e {
    underlying
    value0;
    [Mu] = Bl
    constructor(t, r) {
      this.underlying = t, this.value0 = r
    }
    get value() {
      return this.value0
    }
    onStart(t, r, n, o) {
      this.underlying.onStart(t, r, n, o)
    }
    onEnd(t, r) {
      this.underlying.onEnd(t, r)
    }
    onEffect(t, r) {
      this.underlying.onEffect(t, r)
    }
    onSuspend(t) {
      this.underlying.onSuspend(t)
    }
    onResume(t) {
      this.underlying.onResume(t)
    }
    map(t) {
      return new e(this, d(this.value, j(t)))
    }
    zip(t) {
      return new Fu(this, t)
    }
  },
  Fu = class e {
    left
    right
    _tag = "Zip";
    [Mu] = Bl
    constructor(t, r) {
      this.left = t, this.right = r
    }
    get value() {
      return da(this.left.value, this.right.value)
    }
    onStart(t, r, n, o) {
      this.left.onStart(t, r, n, o), this.right.onStart(t, r, n, o)
    }
    onEnd(t, r) {
      this.left.onEnd(t, r), this.right.onEnd(t, r)
    }
    onEffect(t, r) {
      this.left.onEffect(t, r), this.right.onEffect(t, r)
    }
    onSuspend(t) {
      this.left.onSuspend(t), this.right.onSuspend(t)
    }
    onResume(t) {
      this.left.onResume(t), this.right.onResume(t)
    }
    map(t) {
      return new Pu(this, d(this.value, j(t)))
    }
    zip(t) {
      return new e(this, t)
    }
  },
  KC = (e) => I(e, Mu) && Ip(e, "Zip"),
  mv = class {
    [Mu] = Bl
    fibers = new Set()
    get value() {
      return _(() => Array.from(this.fibers))
    }
    onStart(t, r, n, o) {
      this.fibers.add(o)
    }
    onEnd(t, r) {
      this.fibers.delete(r)
    }
    onEffect(t, r) {}
    onSuspend(t) {}
    onResume(t) {}
    map(t) {
      return new Pu(this, d(this.value, j(t)))
    }
    zip(t) {
      return new Fu(this, t)
    }
    onRun(t, r) {
      return t()
    }
  },
  jC = class {
    effect;
    [Mu] = Bl
    constructor(t) {
      this.effect = t
    }
    get value() {
      return this.effect
    }
    onStart(t, r, n, o) {}
    onEnd(t, r) {}
    onEffect(t, r) {}
    onSuspend(t) {}
    onResume(t) {}
    map(t) {
      return new Pu(this, d(this.value, j(t)))
    }
    zip(t) {
      return new Fu(this, t)
    }
    onRun(t, r) {
      return t()
    }
  },
  hv = class {
    ref;
    [Mu] = Bl
    constructor(t) {
      this.ref = t
    }
    get value() {
      return _(() => Re(this.ref))
    }
    onStart(t, r, n, o) {
      d(this.ref, Tr(d(Re(this.ref), fv(o))))
    }
    onEnd(t, r) {
      d(this.ref, Tr(d(Re(this.ref), dv(r))))
    }
    onEffect(t, r) {}
    onSuspend(t) {}
    onResume(t) {}
    map(t) {
      return new Pu(this, d(this.value, j(t)))
    }
    zip(t) {
      return new Fu(this, t)
    }
    onRun(t, r) {
      return t()
    }
  }
var RK = (e) => new jC(e), va = H("effect/Supervisor/none", () => RK(ne))
var xv = Ps
var gv = "Empty",
  yv = "AddSupervisor",
  Ev = "RemoveSupervisor",
  Sv = "AndThen",
  vu = { _tag: gv },
  Xh = (e, t) => ({ _tag: Sv, first: e, second: t }),
  AK = (e, t) => PK(t, be(e)),
  PK = (e, t) => {
    let r = e, n = t
    for (; mt(n);) {
      let o = Tt(n)
      switch (o._tag) {
        case gv: {
          n = zt(n)
          break
        }
        case yv: {
          r = r.zip(o.supervisor), n = zt(n)
          break
        }
        case Ev: {
          r = VC(r, o.supervisor), n = zt(n)
          break
        }
        case Sv: {
          n = ve(o.first)(ve(o.second)(zt(n)))
          break
        }
      }
    }
    return r
  },
  VC = (e, t) => A(e, t) ? va : KC(e) ? VC(e.left, t).zip(VC(e.right, t)) : e,
  ex = (e) => A(e, va) ? Gn() : KC(e) ? d(ex(e.left), To(ex(e.right))) : Gi(e),
  FK = (e, t) => {
    if (A(e, t)) return vu
    let r = ex(e),
      n = ex(t),
      o = d(n, $E(r), _s(vu, (i, a) => Xh(i, { _tag: yv, supervisor: a }))),
      s = d(r, $E(n), _s(vu, (i, a) => Xh(i, { _tag: Ev, supervisor: a })))
    return Xh(o, s)
  },
  bv = xv({ empty: vu, patch: AK, combine: Xh, diff: FK })
var zK = Hl("effect_fiber_started", { incremental: !0 }),
  Cv = Hl("effect_fiber_active"),
  $K = Hl("effect_fiber_successes", { incremental: !0 }),
  jK = Hl("effect_fiber_failures", { incremental: !0 }),
  KK = YM(ZM("effect_fiber_lifetimes", pM({ start: .5, factor: 2, count: 35 })), "time_unit", "milliseconds"),
  zl = "Continue",
  GK = "Done",
  _v = "Yield",
  VK = { _E: (e) => e, _A: (e) => e },
  tx = (e) => {
    throw new Error(
      `BUG: FiberRuntime - ${yo(e)} - please report an issue at https://github.com/Effect-TS/effect/issues`
    )
  },
  Wo = Symbol.for("effect/internal/fiberRuntime/YieldedOp"),
  Bo = H("effect/internal/fiberRuntime/yieldedOpChannel", () => ({ currentOp: null })),
  $l = {
    [wc]: (e, t, r) => tt(() => t.effect_instruction_i1(r)),
    OnStep: (e, t, r) => Fe(Fe(r)),
    [Tc]: (e, t, r) => tt(() => t.effect_instruction_i2(r)),
    [Dp]: (
      e,
      t,
      r
    ) => (e.patchRuntimeFlags(e.currentRuntimeFlags, t.patch),
      Ao(e.currentRuntimeFlags) && e.isInterrupted() ? Ee(e.getInterruptedCause()) : Fe(r)),
    [Rc]: (
      e,
      t,
      r
    ) => (tt(() => t.effect_instruction_i2(r)),
      tt(() => t.effect_instruction_i0()) ? (e.pushStack(t), tt(() => t.effect_instruction_i1())) : ne),
    [qi]: (e, t, r) => {
      for (;;) {
        let n = tt(() => t.effect_instruction_i0.next(r))
        if (n.done) return Fe(n.value)
        let o = Pp(n.value)
        if (au(o)) { if (o._tag === "Failure") return o }
        else return e.pushStack(t), o
        r = o.value
      }
    }
  },
  JK = {
    [$h]: (e, t, r, n) => (e.processNewInterruptSignal(n.cause), Ao(t) ? Ee(n.cause) : r),
    [Kh]: (e, t, r, n) => {
      throw new Error("It is illegal to have multiple concurrent run loops in a single fiber")
    },
    [jh]: (e, t, r, n) => (n.onFiber(e, Ab(t)), r),
    [Gh]: (e, t, r, n) => g(tu(), () => r)
  },
  QK = (e) =>
    vs(xA(e), (t) =>
      Zr(
        yA(t),
        ([r, n]) => {
          let o = new Map(), s = []
          for (let a of n) {
            s.push(Mt(a))
            for (let c of a) o.set(c.request, c)
          }
          let i = s.flat()
          return En(
            l3(r.runAll(s), i, () =>
              i.forEach((a) => {
                a.listeners.interrupted = !0
              })),
            Uh,
            o
          )
        },
        !1,
        !1
      )),
  ZK = Lp(),
  jl = class extends _n {
    [Qh] = pC;
    [lC] = VK
    _fiberRefs
    _fiberId
    _queue = new Array()
    _children = null
    _observers = new Array()
    _running = !1
    _stack = []
    _asyncInterruptor = null
    _asyncBlockingOn = null
    _exitValue = null
    _steps = []
    _isYielding = !1
    currentRuntimeFlags
    currentOpCount = 0
    currentSupervisor
    currentScheduler
    currentTracer
    currentSpan
    currentContext
    currentDefaultServices
    constructor(t, r, n) {
      if (super(), this.currentRuntimeFlags = n, this._fiberId = t, this._fiberRefs = r, AS(n)) {
        let o = this.getFiberRef(ya)
        zK.unsafeUpdate(1, o), Cv.unsafeUpdate(1, o)
      }
      this.refreshRefCache()
    }
    commit() {
      return Vs(this)
    }
    id() {
      return this._fiberId
    }
    resume(t) {
      this.tell(Fa(t))
    }
    get status() {
      return this.ask((t, r) => r)
    }
    get runtimeFlags() {
      return this.ask((t, r) => ZP(r) ? t.currentRuntimeFlags : r.runtimeFlags)
    }
    scope() {
      return rM(this)
    }
    get children() {
      return this.ask((t) => Array.from(t.getChildren()))
    }
    getChildren() {
      return this._children === null && (this._children = new Set()), this._children
    }
    getInterruptedCause() {
      return this.getFiberRef(No)
    }
    fiberRefs() {
      return this.ask((t) => t.getFiberRefs())
    }
    ask(t) {
      return Y(() => {
        let r = Ca(this._fiberId)
        return this.tell(Ru((n, o) => {
          qs(r, _(() => t(n, o)))
        })),
          Gt(r)
      })
    }
    tell(t) {
      this._queue.push(t), this._running || (this._running = !0, this.drainQueueLaterOnExecutor())
    }
    get await() {
      return jt((t) => {
        let r = (n) => t(R(n))
        if (this._exitValue !== null) {
          r(this._exitValue)
          return
        }
        return this.tell(Ru((n, o) => {
          n._exitValue !== null ? r(this._exitValue) : n.addObserver(r)
        })),
          _(() =>
            this.tell(Ru((n, o) => {
              n.removeObserver(r)
            }))
          )
      }, this.id())
    }
    get inheritAll() {
      return re((t, r) => {
        let n = t.id(), o = t.getFiberRefs(), s = r.runtimeFlags, i = this.getFiberRefs(), a = _b(o, n, i)
        t.setFiberRefs(a)
        let c = t.getFiberRef(kv), u = d(gn(s, c), MS(Zn), MS(wm))
        return ll(u)
      })
    }
    get poll() {
      return _(() => Hr(this._exitValue))
    }
    unsafePoll() {
      return this._exitValue
    }
    interruptAsFork(t) {
      return _(() => this.tell(Vh(ir(t))))
    }
    unsafeInterruptAsFork(t) {
      this.tell(Vh(ir(t)))
    }
    addObserver(t) {
      this._exitValue !== null ? t(this._exitValue) : this._observers.push(t)
    }
    removeObserver(t) {
      this._observers = this._observers.filter((r) => r !== t)
    }
    getFiberRefs() {
      return this.setFiberRef(kv, this.currentRuntimeFlags), this._fiberRefs
    }
    unsafeDeleteFiberRef(t) {
      this._fiberRefs = wl(this._fiberRefs, t)
    }
    getFiberRef(t) {
      return this._fiberRefs.locals.has(t) ? this._fiberRefs.locals.get(t)[0][1] : t.initial
    }
    setFiberRef(t, r) {
      this._fiberRefs = mu(this._fiberRefs, { fiberId: this._fiberId, fiberRef: t, value: r }), this.refreshRefCache()
    }
    refreshRefCache() {
      this.currentDefaultServices = this.getFiberRef(Ws),
        this.currentTracer = this.currentDefaultServices.unsafeMap.get(fu.key),
        this.currentSupervisor = this.getFiberRef(Fv),
        this.currentScheduler = this.getFiberRef(Cu),
        this.currentContext = this.getFiberRef(lr),
        this.currentSpan = this.currentContext.unsafeMap.get(Cn.key)
    }
    setFiberRefs(t) {
      this._fiberRefs = t, this.refreshRefCache()
    }
    addChild(t) {
      this.getChildren().add(t)
    }
    removeChild(t) {
      this.getChildren().delete(t)
    }
    transferChildren(t) {
      let r = this._children
      if (this._children = null, r !== null && r.size > 0) {
        for (let n of r) n._exitValue === null && t.add(this.currentRuntimeFlags, n)
      }
    }
    drainQueueOnCurrentThread() {
      let t = !0
      for (; t;) {
        let r = zl, n = globalThis[Js]
        globalThis[Js] = this
        try {
          for (; r === zl;) {
            r = this._queue.length === 0
              ? GK
              : this.evaluateMessageWhileSuspended(this._queue.splice(0, 1)[0])
          }
        } finally {
          this._running = !1, globalThis[Js] = n
        }
        this._queue.length > 0 && !this._running
          ? (this._running = !0, r === _v ? (this.drainQueueLaterOnExecutor(), t = !1) : t = !0)
          : t = !1
      }
    }
    drainQueueLaterOnExecutor() {
      this.currentScheduler.scheduleTask(this.run, this.getFiberRef(eo), this)
    }
    drainQueueWhileRunning(t, r) {
      let n = r
      for (; this._queue.length > 0;) {
        let o = this._queue.splice(0, 1)[0]
        n = JK[o._tag](this, t, n, o)
      }
      return n
    }
    isInterrupted() {
      return !sm(this.getFiberRef(No))
    }
    addInterruptedCause(t) {
      let r = this.getFiberRef(No)
      this.setFiberRef(No, Je(r, t))
    }
    processNewInterruptSignal(t) {
      this.addInterruptedCause(t), this.sendInterruptSignalToAllChildren()
    }
    sendInterruptSignalToAllChildren() {
      if (this._children === null || this._children.size === 0) return !1
      let t = !1
      for (let r of this._children) r.tell(Vh(ir(this.id()))), t = !0
      return t
    }
    interruptAllChildren() {
      if (this.sendInterruptSignalToAllChildren()) {
        let t = this._children.values()
        this._children = null
        let r = !1
        return fl({
          while: () => !r,
          body: () => {
            let o = t.next()
            return o.done
              ? _(() => {
                r = !0
              })
              : st(o.value.await)
          },
          step: () => {}
        })
      }
      return null
    }
    reportExitValue(t) {
      if (AS(this.currentRuntimeFlags)) {
        let r = this.getFiberRef(ya), n = this.id().startTimeMillis, o = Date.now()
        switch (KK.unsafeUpdate(o - n, r), Cv.unsafeUpdate(-1, r), t._tag) {
          case je: {
            $K.unsafeUpdate(1, r)
            break
          }
          case $e: {
            jK.unsafeUpdate(1, r)
            break
          }
        }
      }
      if (t._tag === "Failure") {
        let r = this.getFiberRef(ob)
        !ra(t.cause) && r._tag === "Some" && this.log("Fiber terminated with an unhandled error", t.cause, r)
      }
    }
    setExitValue(t) {
      this._exitValue = t, this.reportExitValue(t)
      for (let r = this._observers.length - 1; r >= 0; r--) this._observers[r](t)
      this._observers = []
    }
    getLoggers() {
      return this.getFiberRef(r3)
    }
    log(t, r, n) {
      let o = V(n) ? n.value : this.getFiberRef($m), s = this.getFiberRef(YK)
      if (nF(s, o)) return
      let i = this.getFiberRef(jm), a = this.getFiberRef(ou), c = this.getLoggers(), u = this.getFiberRefs()
      if (Vi(c) > 0) {
        let l = Br(this.getFiberRef(Ws), ro), f = new Date(l.unsafeCurrentTimeMillis())
        MT(u, () => {
          for (let m of c) {
            m.log({
              fiberId: this.id(),
              logLevel: o,
              message: t,
              cause: r,
              context: u,
              spans: i,
              annotations: a,
              date: f
            })
          }
        })
      }
    }
    evaluateMessageWhileSuspended(t) {
      switch (t._tag) {
        case Gh:
          return _v
        case $h:
          return this.processNewInterruptSignal(t.cause),
            this._asyncInterruptor !== null && (this._asyncInterruptor(Ee(t.cause)), this._asyncInterruptor = null),
            zl
        case Kh:
          return this._asyncInterruptor = null, this._asyncBlockingOn = null, this.evaluateEffect(t.effect), zl
        case jh:
          return t.onFiber(this, this._exitValue !== null ? JP : QP(this.currentRuntimeFlags, this._asyncBlockingOn)),
            zl
        default:
          return tx(t)
      }
    }
    evaluateEffect(t) {
      this.currentSupervisor.onResume(this)
      try {
        let r = Ao(this.currentRuntimeFlags) && this.isInterrupted() ? Ee(this.getInterruptedCause()) : t
        for (; r !== null;) {
          let n = r, o = this.runLoop(n)
          if (o === Wo) {
            let s = Bo.currentOp
            Bo.currentOp = null,
              s._op === Ic
                ? lA(this.currentRuntimeFlags) ? (this.tell(eM()), this.tell(Fa(Dt)), r = null) : r = Dt
                : s._op === Li && (r = null)
          } else {
            this.currentRuntimeFlags = d(this.currentRuntimeFlags, TS(wm))
            let s = this.interruptAllChildren()
            s !== null
              ? r = g(s, () => o)
              : (this._queue.length === 0 ? this.setExitValue(o) : this.tell(Fa(o)), r = null)
          }
        }
      } finally {
        this.currentSupervisor.onSuspend(this)
      }
    }
    start(t) {
      if (this._running) this.tell(Fa(t))
      else {
        this._running = !0
        let r = globalThis[Js]
        globalThis[Js] = this
        try {
          this.evaluateEffect(t)
        } finally {
          this._running = !1, globalThis[Js] = r, this._queue.length > 0 && this.drainQueueLaterOnExecutor()
        }
      }
    }
    startFork(t) {
      this.tell(Fa(t))
    }
    patchRuntimeFlags(t, r) {
      let n = Fs(t, r)
      return globalThis[Js] = this, this.currentRuntimeFlags = n, n
    }
    initiateAsync(t, r) {
      let n = !1,
        o = (s) => {
          n || (n = !0, this.tell(Fa(s)))
        }
      Ao(t) && (this._asyncInterruptor = o)
      try {
        r(o)
      } catch (s) {
        o(Ie($t(s)))
      }
    }
    pushStack(t) {
      this._stack.push(t),
        t._op === "OnStep" && this._steps.push({ refs: this.getFiberRefs(), flags: this.currentRuntimeFlags })
    }
    popStack() {
      let t = this._stack.pop()
      if (t) return t._op === "OnStep" && this._steps.pop(), t
    }
    getNextSuccessCont() {
      let t = this.popStack()
      for (; t;) {
        if (t._op !== kc) return t
        t = this.popStack()
      }
    }
    getNextFailCont() {
      let t = this.popStack()
      for (; t;) {
        if (t._op !== wc && t._op !== Rc && t._op !== qi) return t
        t = this.popStack()
      }
    }
    Tag(t) {
      return _(() => $i(this.currentContext, t))
    }
    Left(t) {
      return Se(t.left)
    }
    None(t) {
      return Se(new Sn())
    }
    Right(t) {
      return Fe(t.right)
    }
    Some(t) {
      return Fe(t.value)
    }
    Micro(t) {
      return al((r) => {
        let n = r, o = xF(mF(t, this.currentContext))
        return o.addObserver((s) => {
          if (s._tag === "Success") return n(Fe(s.value))
          switch (s.cause._tag) {
            case "Interrupt":
              return n(Ee(ir(Vr)))
            case "Fail":
              return n(Se(s.cause.error))
            case "Die":
              return n(Rr(s.cause.defect))
          }
        }),
          al((s) => {
            n = (i) => {
              s(ne)
            }, o.unsafeInterrupt()
          })
      })
    }
    [Od](t) {
      let r = tt(() => t.effect_instruction_i0()), n = this.getNextSuccessCont()
      return n !== void 0 ? (n._op in $l || tx(n), $l[n._op](this, n, r)) : (Bo.currentOp = Fe(r), Wo)
    }
    [je](t) {
      let r = t, n = this.getNextSuccessCont()
      return n !== void 0 ? (n._op in $l || tx(n), $l[n._op](this, n, r.effect_instruction_i0)) : (Bo.currentOp = r, Wo)
    }
    [$e](t) {
      let r = t.effect_instruction_i0, n = this.getNextFailCont()
      if (n !== void 0) {
        switch (n._op) {
          case kc:
          case Tc:
            return Ao(this.currentRuntimeFlags) && this.isInterrupted()
              ? Ee(am(r))
              : tt(() => n.effect_instruction_i1(r))
          case "OnStep":
            return Ao(this.currentRuntimeFlags) && this.isInterrupted() ? Ee(am(r)) : Fe(Ee(r))
          case Dp:
            return this.patchRuntimeFlags(this.currentRuntimeFlags, n.patch),
              Ao(this.currentRuntimeFlags) && this.isInterrupted() ? Ee(Je(r, this.getInterruptedCause())) : Ee(r)
          default:
            tx(n)
        }
      } else return Bo.currentOp = Ee(r), Wo
    }
    [kd](t) {
      return tt(() => t.effect_instruction_i0(this, Ab(this.currentRuntimeFlags)))
    }
    Blocked(t) {
      let r = this.getFiberRefs(), n = this.currentRuntimeFlags
      if (this._steps.length > 0) {
        let o = [], s = this._steps[this._steps.length - 1], i = this.popStack()
        for (; i && i._op !== "OnStep";) o.push(i), i = this.popStack()
        this.setFiberRefs(s.refs), this.currentRuntimeFlags = s.flags
        let a = _a(s.refs, r), c = gn(s.flags, n)
        return Fe(Lm(
          t.effect_instruction_i0,
          re((u) => {
            for (; o.length > 0;) u.pushStack(o.pop())
            return u.setFiberRefs(Oa(u.id(), u.getFiberRefs())(a)),
              u.currentRuntimeFlags = Fs(c)(u.currentRuntimeFlags),
              t.effect_instruction_i1
          })
        ))
      }
      return It((o) => g(ox($S(t.effect_instruction_i0)), () => o(t.effect_instruction_i1)))
    }
    RunBlocked(t) {
      return QK(t.effect_instruction_i0)
    }
    [ps](t) {
      let r = t.effect_instruction_i0, n = this.currentRuntimeFlags, o = Fs(n, r)
      if (Ao(o) && this.isInterrupted()) return Ee(this.getInterruptedCause())
      if (this.patchRuntimeFlags(this.currentRuntimeFlags, r), t.effect_instruction_i1) {
        let s = gn(o, n)
        return this.pushStack(new Am(s, t)), tt(() => t.effect_instruction_i1(n))
      } else return Dt
    }
    [wc](t) {
      return this.pushStack(t), t.effect_instruction_i0
    }
    OnStep(t) {
      return this.pushStack(t), t.effect_instruction_i0
    }
    [kc](t) {
      return this.pushStack(t), t.effect_instruction_i0
    }
    [Tc](t) {
      return this.pushStack(t), t.effect_instruction_i0
    }
    [Li](t) {
      return this._asyncBlockingOn = t.effect_instruction_i1,
        this.initiateAsync(this.currentRuntimeFlags, t.effect_instruction_i0),
        Bo.currentOp = t,
        Wo
    }
    [Ic](t) {
      return this._isYielding = !1, Bo.currentOp = t, Wo
    }
    [Rc](t) {
      let r = t.effect_instruction_i0, n = t.effect_instruction_i1
      return r() ? (this.pushStack(t), n()) : Dt
    }
    [qi](t) {
      return $l[qi](this, t, void 0)
    }
    [Ui](t) {
      return tt(() => t.commit())
    }
    runLoop(t) {
      let r = t
      for (this.currentOpCount = 0;;) {
        if (
          (this.currentRuntimeFlags & pA) !== 0 && this.currentSupervisor.onEffect(this, r),
            this._queue.length > 0 && (r = this.drainQueueWhileRunning(this.currentRuntimeFlags, r)),
            !this._isYielding
        ) {
          this.currentOpCount += 1
          let n = this.currentScheduler.shouldYield(this)
          if (n !== !1) {
            this._isYielding = !0, this.currentOpCount = 0
            let o = r
            r = g(tu({ priority: n }), () => o)
          }
        }
        try {
          if (
            r = this.currentTracer.context(() => {
              if (ZK !== r[Ms]._V) {
                let n = this.getFiberRef(sb)
                if (n._tag === "Some") {
                  let o = r[Ms]._V
                  this.log(
                    `Executing an Effect versioned ${o} with a Runtime of version ${Lp()}, you may want to dedupe the effect dependencies, you can use the language service plugin to detect this at compile time: https://github.com/Effect-TS/language-service`,
                    jr,
                    n
                  )
                }
              }
              return this[r._op](r)
            }, this), r === Wo
          ) {
            let n = Bo.currentOp
            return n._op === Ic || n._op === Li
              ? Wo
              : (Bo.currentOp = null, n._op === je || n._op === $e ? n : Ee($t(n)))
          }
        } catch (n) {
          r !== Wo && !I(r, "_op") || !(r._op in this)
            ? r = Xc(`Not a valid effect: ${yo(r)}`)
            : ab(n)
            ? r = Ee(Je($t(n), ir(Vr)))
            : r = Rr(n)
        }
      }
    }
    run = () => {
      this.drainQueueOnCurrentThread()
    }
  },
  YK = H("effect/FiberRef/currentMinimumLogLevel", () => We(oF("Info"))),
  XK = (e) =>
    Zh((t) => {
      let r = dh(t.context, Ws)
      Br(r, oh).unsafe.log(e.log(t))
    })
var e3 = H(Symbol.for("effect/Logger/defaultLogger"), () => XK(aM))
var t3 = H(
  Symbol.for("effect/Logger/tracerLogger"),
  () =>
    Zh(({ annotations: e, cause: t, context: r, fiberId: n, logLevel: o, message: s }) => {
      let i = Pl(jn(Bs(r, lr), Cn))
      if (i._tag === "None" || i.value._tag === "ExternalSpan") return
      let a = $i(Bs(r, Ws), ro), c = {}
      for (let [u, l] of e) c[u] = l
      c["effect.fiberId"] = NI(n),
        c["effect.logLevel"] = o.label,
        t !== null && t._tag !== "Empty" && (c["effect.cause"] = hn(t, { renderErrorCause: !0 })),
        i.value.event(yo(Array.isArray(s) && s.length === 1 ? s[0] : s), a.unsafeCurrentTimeNanos(), c)
    })
)
var r3 = H(Symbol.for("effect/FiberRef/currentLoggers"), () => tb(Gi(e3, t3)))
var YC = p((e) => ar(e[0]), (e, t) => Ns(vo(e, (r) => XC((n) => t(r, n)))))
var XC = (e) =>
  re((t) => {
    let r = t.getFiberRefs(), n = wS(t.currentRuntimeFlags, Zn)
    return g(t_, (o) =>
      Ea(o, (s) =>
        re((i) => {
          let a = i.getFiberRefs(),
            c = i.currentRuntimeFlags,
            u = i.getFiberRef(No),
            l = _a(a, r),
            f = gn(c, n),
            m = _a(r, a)
          return i.setFiberRefs(Oa(l, i.id(), r)),
            i.setFiberRef(No, u),
            zo(
              ZS(e(s), f),
              _(() => {
                i.setFiberRefs(Oa(m, i.id(), i.getFiberRefs()))
              })
            )
        })))
  })
var n3 = (e) => {
    if (Array.isArray(e) || Ap(e)) return [e, y()]
    let t = Object.keys(e), r = t.length
    return [
      t.map((n) => e[n]),
      S((n) => {
        let o = {}
        for (let s = 0; s < r; s++) o[t[s]] = n[s]
        return o
      })
    ]
  },
  o3 = (e, t, r) => {
    let n = []
    for (let o of e) n.push(Po(o))
    return g(
      Da(n, v, { concurrency: r?.concurrency, batching: r?.batching, concurrentFinalizers: r?.concurrentFinalizers }),
      (o) => {
        let s = y(), i = o.length, a = new Array(i), c = new Array(i), u = !1
        for (let l = 0; l < i; l++) {
          let f = o[l]
          f._tag === "Left" ? (a[l] = S(f.left), u = !0) : (c[l] = f.right, a[l] = s)
        }
        return u
          ? t._tag === "Some" ? Se(t.value(a)) : Se(a)
          : r?.discard
          ? ne
          : t._tag === "Some"
          ? R(t.value(c))
          : R(c)
      }
    )
  },
  s3 = (e, t, r) => {
    let n = []
    for (let o of e) n.push(Po(o))
    return r?.discard
      ? Da(n, v, {
        concurrency: r?.concurrency,
        batching: r?.batching,
        discard: !0,
        concurrentFinalizers: r?.concurrentFinalizers
      })
      : j(
        Da(n, v, { concurrency: r?.concurrency, batching: r?.batching, concurrentFinalizers: r?.concurrentFinalizers }),
        (o) => t._tag === "Some" ? t.value(o) : o
      )
  },
  nx = (e, t) => {
    let [r, n] = n3(e)
    return t?.mode === "validate"
      ? o3(r, n, t)
      : t?.mode === "either"
      ? s3(r, n, t)
      : t?.discard !== !0 && n._tag === "Some"
      ? j(Da(r, v, t), n.value)
      : Da(r, v, t)
  }
var Da = p((e) => Ap(e[0]), (e, t, r) =>
    re((n) => {
      let o = r?.batching === !0 || r?.batching === "inherit" && n.getFiberRef(nb)
      return r?.discard
        ? jb(
          r.concurrency,
          () =>
            Du(du, r?.concurrentFinalizers)((s) =>
              o
                ? Zr(e, (i, a) => s(t(i, a)), !0, !1, 1)
                : vs(e, (i, a) => s(t(i, a)))
            ),
          () => Du(ph, r?.concurrentFinalizers)((s) => Zr(e, (i, a) => s(t(i, a)), o, !1)),
          (s) => Du(lh(s), r?.concurrentFinalizers)((i) => Zr(e, (a, c) => i(t(a, c)), o, !1, s))
        )
        : jb(
          r?.concurrency,
          () =>
            Du(du, r?.concurrentFinalizers)((s) =>
              o ? JC(e, 1, (i, a) => s(t(i, a)), !0) : ur(e, (i, a) => s(t(i, a)))
            ),
          () => Du(ph, r?.concurrentFinalizers)((s) => Tv(e, (i, a) => s(t(i, a)), o)),
          (s) => Du(lh(s), r?.concurrentFinalizers)((i) => JC(e, s, (a, c) => i(t(a, c)), o))
        )
    })),
  Tv = (e, t, r) =>
    Y(() => {
      let n = le(e), o = new Array(n.length)
      return ke(Zr(n, (i, a) => g(t(i, a), (c) => _(() => o[a] = c)), r, !1), R(o))
    }),
  Zr = (e, t, r, n, o) =>
    It((s) =>
      QS((i) =>
        re((a) => {
          let c = Array.from(e).reverse(), u = c.length
          if (u === 0) return ne
          let l = 0,
            f = !1,
            m = o ? Math.min(c.length, o) : c.length,
            h = new Set(),
            x = new Array(),
            b = () =>
              h.forEach((K) => {
                K.currentScheduler.scheduleTask(
                  () => {
                    K.unsafeInterruptAsFork(a.id())
                  },
                  0,
                  K
                )
              }),
            C = new Array(),
            k = new Array(),
            F = new Array(),
            O = () => {
              let K = x.filter(({ exit: me }) => me._tag === "Failure").sort((me, ae) =>
                me.index < ae.index ? -1 : me.index === ae.index ? 0 : 1
              ).map(({ exit: me }) => me)
              return K.length === 0 && K.push(Dt), K
            },
            N = (K, me = !1) => {
              let ae = Ns(i(K)), ie = i3(ae, a, a.currentRuntimeFlags, Gs)
              return a.currentScheduler.scheduleTask(
                () => {
                  me && ie.unsafeInterruptAsFork(a.id()), ie.resume(ae)
                },
                0,
                ie
              ),
                ie
            },
            L = () => {
              n || (u -= c.length, c = []), f = !0, b()
            },
            U = r ? VS : cr,
            W = N(jt((K) => {
              let me = (ie, He) => {
                  ie._op === "Blocked"
                    ? F.push(ie)
                    : (x.push({ index: He, exit: ie }), ie._op === "Failure" && !f && L())
                },
                ae = () => {
                  if (c.length > 0) {
                    let ie = c.pop(),
                      He = l++,
                      Dr = () => {
                        let bt = c.pop()
                        return He = l++, g(tu(), () => g(U(s(t(bt, He))), Nr))
                      },
                      Nr = (bt) => c.length > 0 && (me(bt, He), c.length > 0) ? Dr() : R(bt),
                      cn = g(U(s(t(ie, He))), Nr),
                      St = N(cn)
                    C.push(St),
                      h.add(St),
                      f && St.currentScheduler.scheduleTask(
                        () => {
                          St.unsafeInterruptAsFork(a.id())
                        },
                        0,
                        St
                      ),
                      St.addObserver((bt) => {
                        let Lr
                        if (
                          bt._op === "Failure" ? Lr = bt : Lr = bt.effect_instruction_i0,
                            k.push(St),
                            h.delete(St),
                            me(Lr, He),
                            x.length === u
                        ) K(R(ge(Us(O(), { parallel: !0 }), () => Dt)))
                        else if (F.length + x.length === u) {
                          let bc = O(), Wy = F.map((kp) => kp.effect_instruction_i0).reduce(DS)
                          K(R(Lm(
                            Wy,
                            Zr(
                              [
                                ge(Us(bc, { parallel: !0 }), () => Dt),
                                ...F.map((kp) => kp.effect_instruction_i1)
                              ],
                              (kp) => kp,
                              r,
                              !0,
                              o
                            )
                          )))
                        } else ae()
                      })
                  }
                }
              for (let ie = 0; ie < m; ie++) ae()
            }))
          return st(Ir(
            Xn(s(Vs(W))),
            ba({
              onFailure: (K) => {
                L()
                let me = F.length + 1, ae = Math.min(typeof o == "number" ? o : F.length, F.length), ie = Array.from(F)
                return jt((He) => {
                  let Dr = [],
                    Nr = 0,
                    cn = 0,
                    St = (Lr, bc) => (Wy) => {
                      Dr[Lr] = Wy, Nr++, Nr === me && He(Fe(Ee(K))), ie.length > 0 && bc && bt()
                    },
                    bt = () => {
                      N(ie.pop(), !0).addObserver(St(cn, !0)), cn++
                    }
                  W.addObserver(St(cn, !1)), cn++
                  for (let Lr = 0; Lr < ae; Lr++) bt()
                })
              },
              onSuccess: () => ur(k, (K) => K.inheritAll)
            })
          ))
        })
      )
    ),
  JC = (e, t, r, n) =>
    Y(() => {
      let o = le(e), s = new Array(o.length)
      return ke(Zr(o, (a, c) => j(r(a, c), (u) => s[c] = u), n, !1, t), R(s))
    })
var ox = (e) => a3(e, Gs)
var e_ = (e, t, r, n = null) => {
    let o = rx(e, t, r, n)
    return o.resume(e), o
  },
  i3 = (e, t, r, n = null) => rx(e, t, r, n),
  rx = (e, t, r, n = null) => {
    let o = ym(), s = t.getFiberRefs(), i = Ob(s, o), a = new jl(o, i, r), c = Bs(i, lr), u = a.currentSupervisor
    return u.onStart(c, e, S(t), a),
      a.addObserver((f) => u.onEnd(f, a)),
      (n !== null ? n : d(t.getFiberRef(Dm), ge(() => t.scope()))).add(r, a),
      a
  },
  a3 = (e, t) => re((r, n) => R(e_(e, r, n.runtimeFlags, t)))
var QC = (e) =>
    bn((t) =>
      pe(jn(t, Xs), {
        onNone: () => e,
        onSome: (r) => {
          switch (r.strategy._tag) {
            case "Parallel":
              return e
            case "Sequential":
            case "ParallelN":
              return g(Qr(r, ph), (n) => Na(e, n))
          }
        }
      })
    ),
  Ov = (e) => (t) =>
    bn((r) =>
      pe(jn(r, Xs), {
        onNone: () => t,
        onSome: (n) =>
          n.strategy._tag === "ParallelN" && n.strategy.parallelism === e ? t : g(Qr(n, lh(e)), (o) => Na(t, o))
      })
    )
var Du = (e, t) => (r) =>
    bn((n) =>
      pe(jn(n, Xs), {
        onNone: () => r(v),
        onSome: (o) => {
          if (t === !0) {
            let s = e._tag === "Parallel" ? QC : e._tag === "Sequential" ? ZC : Ov(e.parallelism)
            switch (o.strategy._tag) {
              case "Parallel":
                return s(r(QC))
              case "Sequential":
                return s(r(ZC))
              case "ParallelN":
                return s(r(Ov(o.strategy.parallelism)))
            }
          } else return r(v)
        }
      })
    ),
  Kl = (e) => g(Xs, e),
  sx = (e) => g(Gl(), (t) => Ir(e(t), (r) => t.close(r)))
var ZC = (e) =>
  bn((t) =>
    pe(jn(t, Xs), {
      onNone: () => e,
      onSome: (r) => {
        switch (r.strategy._tag) {
          case "Sequential":
            return e
          case "Parallel":
          case "ParallelN":
            return g(Qr(r, du), (n) => Na(e, n))
        }
      }
    })
  )
var Rv = p((e) => ar(e[1]), (e, t, r) => Ys(e, t, (n, o) => [n, o], r)),
  Iv = p(
    (e) => ar(e[1]),
    (e, t, r) =>
      r?.concurrent !== !0 && (r?.batching === void 0 || r.batching === !1) ? ma(e, t) : Ys(e, t, (n, o) => n, r)
  ),
  Av = p(
    (e) => ar(e[1]),
    (e, t, r) =>
      r?.concurrent !== !0 && (r?.batching === void 0 || r.batching === !1) ? ke(e, t) : Ys(e, t, (n, o) => o, r)
  ),
  Ys = p(
    (e) => ar(e[1]),
    (e, t, r, n) =>
      j(
        nx([e, t], {
          concurrency: n?.concurrent ? 2 : 1,
          batching: n?.batching,
          concurrentFinalizers: n?.concurrentFinalizers
        }),
        ([o, s]) => r(o, s)
      )
  )
var Xs = ft("effect/Scope"),
  t_ = Xs,
  c3 = (e, t) => {
    e.state._tag === "Open" && e.state.finalizers.set({}, t)
  },
  u3 = {
    [Vm]: Vm,
    [Jm]: Jm,
    pipe() {
      return E(this, arguments)
    },
    fork(e) {
      return _(() => {
        let t = Pv(e)
        if (this.state._tag === "Closed") return t.state = this.state, t
        let r = {}, n = (o) => t.close(o)
        return this.state.finalizers.set(r, n),
          c3(t, (o) =>
            _(() => {
              this.state._tag === "Open" && this.state.finalizers.delete(r)
            })),
          t
      })
    },
    close(e) {
      return Y(() => {
        if (this.state._tag === "Closed") return ne
        let t = Array.from(this.state.finalizers.values()).reverse()
        return this.state = { _tag: "Closed", exit: e },
          t.length === 0
            ? ne
            : Eb(this.strategy)
            ? d(ur(t, (r) => cr(r(e))), g((r) => d(Us(r), _t(yl), ge(() => Dt))))
            : Sb(this.strategy)
            ? d(Tv(t, (r) => cr(r(e)), !1), g((r) => d(Us(r, { parallel: !0 }), _t(yl), ge(() => Dt))))
            : d(
              JC(t, this.strategy.parallelism, (r) => cr(r(e)), !1),
              g((r) => d(Us(r, { parallel: !0 }), _t(yl), ge(() => Dt)))
            )
      })
    },
    addFinalizer(e) {
      return Y(() => this.state._tag === "Closed" ? e(this.state.exit) : (this.state.finalizers.set({}, e), ne))
    }
  },
  Pv = (e = On) => {
    let t = Object.create(u3)
    return t.strategy = e, t.state = { _tag: "Open", finalizers: new Map() }, t
  },
  Gl = (e = On) => _(() => Pv(e)),
  Na = p(2, (e, t) => Cl(e, dn(Dc(Xs, t))))
var p3 = (e) => Ls(e, { differ: bv, fork: vu })
var kv = vA(fA), Fv = p3(va)
var r_ = p(3, (e, t, r) =>
  o_(e, t, {
    onSelfWin: (n, o) =>
      g(n.await, (s) => {
        switch (s._tag) {
          case je:
            return g(n.inheritAll, () => r.onSelfDone(s, o))
          case $e:
            return r.onSelfDone(s, o)
        }
      }),
    onOtherWin: (n, o) =>
      g(n.await, (s) => {
        switch (s._tag) {
          case je:
            return g(n.inheritAll, () => r.onOtherDone(s, o))
          case $e:
            return r.onOtherDone(s, o)
        }
      })
  }))
var n_ = p(
    2,
    (e, t) =>
      Yn((r) =>
        r_(e, t, {
          onSelfDone: (n, o) =>
            uu(n, { onFailure: (s) => d(Vs(o), zh((i) => Jn(s, i))), onSuccess: (s) => d(o, pr(r), Le(s)) }),
          onOtherDone: (n, o) =>
            uu(n, { onFailure: (s) => d(Vs(o), zh((i) => Jn(i, s))), onSuccess: (s) => d(o, pr(r), Le(s)) })
        })
      )
  ),
  o_ = p(3, (e, t, r) =>
    re((n, o) => {
      let s = o.runtimeFlags, i = Gr(!0), a = rx(e, n, s, r.selfScope), c = rx(t, n, s, r.otherScope)
      return jt((u) => {
        a.addObserver(() => wv(a, c, r.onSelfWin, i, u)),
          c.addObserver(() => wv(c, a, r.onOtherWin, i, u)),
          a.startFork(e),
          c.startFork(t)
      }, vI(a.id(), c.id()))
    })),
  wv = (e, t, r, n, o) => {
    II(!0, !1)(n) && o(r(e, t))
  },
  zo = p(
    2,
    (e, t) =>
      It((r) =>
        xt(r(e), {
          onFailure: (n) => xt(t, { onFailure: (o) => Ie(Je(n, o)), onSuccess: () => Ie(n) }),
          onSuccess: (n) => Le(t, n)
        })
      )
  ),
  l3 = (e, t, r) =>
    Yn((n) =>
      zo(
        g(ox(pa(e)), (o) =>
          jt((s) => {
            let i = t.map((u) => u.listeners.count),
              a = () => {
                i.every((u) => u === 0) && t.every((u) =>
                  u.result.state.current._tag === "Pending"
                    ? !0
                    : !!(u.result.state.current._tag === "Done" && au(u.result.state.current.effect) &&
                      u.result.state.current.effect._tag === "Failure" && Gp(u.result.state.current.effect.cause))
                ) && (c.forEach((u) => u()), r?.(), s(nu(o)))
              }
            o.addObserver((u) => {
              c.forEach((l) => l()), s(u)
            })
            let c = t.map((u, l) => {
              let f = (m) => {
                i[l] = m, a()
              }
              return u.listeners.addObserver(f), () => u.listeners.removeObserver(f)
            })
            return a(),
              _(() => {
                c.forEach((u) => u())
              })
          })),
        Y(() => {
          let o = t.flatMap((s) => s.state.completed ? [] : [s])
          return vs(o, (s) => XM(s.request, pb(n)))
        })
      )
    )
var Mv = Vn, Vl = $t, vv = ir
var Dv = dI, Nv = Kp
var Jl = Gp, Lv = ra
var Uv = Vp
var s_ = na
var La = ZE
var qv = xl
var Hv = hn
var f3 = "effect/ScheduleInterval",
  Ql = Symbol.for(f3),
  i_ = { [Ql]: Ql, startMillis: 0, endMillis: 0 },
  ix = (e, t) => e > t ? i_ : { [Ql]: Ql, startMillis: e, endMillis: t },
  Wv = p(2, (e, t) => Bv(e, t) === e),
  Bv = p(
    2,
    (e, t) =>
      e.endMillis <= t.startMillis
        ? e
        : t.endMillis <= e.startMillis
        ? t
        : e.startMillis < t.startMillis
        ? e
        : t.startMillis < e.startMillis
        ? t
        : e.endMillis <= t.endMillis
        ? e
        : t
  )
var zv = (e) => e.startMillis >= e.endMillis
var $v = p(2, (e, t) => {
    let r = Math.max(e.startMillis, t.startMillis), n = Math.min(e.endMillis, t.endMillis)
    return ix(r, n)
  }),
  jv = (e) => Kr(e.endMillis - e.startMillis)
var Kv = (e) => ix(e, Number.POSITIVE_INFINITY)
var ax = ix, a_ = i_, Gv = Wv
var Vv = zv
var Jv = $v, Qv = jv
var c_ = Kv
var m3 = "effect/ScheduleIntervals", u_ = Symbol.for(m3), p_ = (e) => ({ [u_]: u_, intervals: e })
var Yv = p(2, (e, t) => h3(e.intervals, t.intervals, Me())),
  h3 = (e, t, r) => {
    let n = e, o = t, s = r
    for (; mt(n) && mt(o);) {
      let i = d(Tt(n), Jv(Tt(o))), a = Vv(i) ? s : d(s, ve(i))
      d(Tt(n), Gv(Tt(o))) ? n = zt(n) : o = zt(o), s = a
    }
    return p_(kr(s))
  },
  cx = (e) => d(e.intervals, Uc, ge(() => a_)).startMillis,
  Xv = (e) => d(e.intervals, Uc, ge(() => a_)).endMillis,
  e0 = p(2, (e, t) => cx(e) < cx(t)),
  t0 = (e) => mt(e.intervals)
var r0 = p_
var n0 = Yv, ux = cx, px = Xv, o0 = e0, s0 = t0
var l_ = "Continue",
  a0 = "Done",
  c0 = (e) => ({ _tag: l_, intervals: e }),
  u0 = (e) => ({ _tag: l_, intervals: r0(be(e)) }),
  p0 = { _tag: a0 },
  l0 = (e) => e._tag === l_,
  f0 = (e) => e._tag === a0
var d0 = c0
var lx = u0, Lu = p0, f_ = l0, Uu = f0
var qa = ml, m0 = Ea, ei = iu, fx = Na, dx = Qr
var mx = Gl
var m_ = class {
    permits
    waiters = new Set()
    taken = 0
    constructor(t) {
      this.permits = t
    }
    get free() {
      return this.permits - this.taken
    }
    take = (t) =>
      cl((r) => {
        if (this.free < t) {
          let n = () => {
            this.free < t ||
              (this.waiters.delete(n), r(Y(() => this.free < t ? this.take(t) : (this.taken += t, R(t)))))
          }
          return this.waiters.add(n),
            _(() => {
              this.waiters.delete(n)
            })
        }
        r(Y(() => this.free < t ? this.take(t) : (this.taken += t, R(t))))
      })
    updateTakenUnsafe(t, r) {
      return this.taken = r(this.taken),
        this.waiters.size > 0 && t.getFiberRef(Cu).scheduleTask(
          () => {
            let n = this.waiters.values(), o = n.next()
            for (; o.done === !1 && this.free > 0;) o.value(), o = n.next()
          },
          t.getFiberRef(eo),
          t
        ),
        R(this.free)
    }
    updateTaken(t) {
      return re((r) => this.updateTakenUnsafe(r, t))
    }
    resize = (t) => st(re((r) => (this.permits = t, this.free < 0 ? ne : this.updateTakenUnsafe(r, (n) => n))))
    release = (t) => this.updateTaken((r) => r - t)
    releaseAll = this.updateTaken((t) => 0)
    withPermits = (t) => (r) => It((n) => g(n(this.take(t)), (o) => zo(n(r), this.release(o))))
    withPermitsIfAvailable = (t) => (r) =>
      It((n) => Y(() => this.free < t ? oC : (this.taken += t, zo(n(Zb(r)), this.release(t)))))
  },
  g_ = (e) => new m_(e),
  g0 = (e) => _(() => g_(e)),
  h_ = class extends _n {
    isOpen
    waiters = []
    scheduled = !1
    constructor(t) {
      super(), this.isOpen = t
    }
    commit() {
      return this.await
    }
    unsafeSchedule(t) {
      return this.scheduled || this.waiters.length === 0
        ? ne
        : (this.scheduled = !0, t.currentScheduler.scheduleTask(this.flushWaiters, t.getFiberRef(eo), t), ne)
    }
    flushWaiters = () => {
      this.scheduled = !1
      let t = this.waiters
      this.waiters = []
      for (let r = 0; r < t.length; r++) t[r](Dt)
    }
    open = re((t) => this.isOpen ? ne : (this.isOpen = !0, this.unsafeSchedule(t)))
    unsafeOpen() {
      this.isOpen || (this.isOpen = !0, this.flushWaiters())
    }
    release = re((t) => this.isOpen ? ne : this.unsafeSchedule(t))
    await = cl((t) =>
      this.isOpen ? t(ne) : (this.waiters.push(t),
        _(() => {
          let r = this.waiters.indexOf(t)
          r !== -1 && this.waiters.splice(r, 1)
        }))
    )
    unsafeClose() {
      this.isOpen = !1
    }
    close = _(() => {
      this.isOpen = !1
    })
    whenOpen = (t) => ke(this.await, t)
  },
  y0 = (e) => new h_(e ?? !1)
var E0 = p(2, (e, t) =>
  re((r, n) => {
    let o = t, s = e_(e, r, n.runtimeFlags, Gs)
    if (o.state._tag === "Open") {
      let i = () => Yn((c) => A(c, s.id()) ? ne : st(nu(s))), a = {}
      o.state.finalizers.set(a, i),
        s.addObserver(() => {
          o.state._tag !== "Closed" && o.state.finalizers.delete(a)
        })
    } else s.unsafeInterruptAsFork(r.id())
    return R(s)
  }))
var d_ = Symbol.for("effect/Effect/memoizeFunction.key"),
  h0 = class {
    a
    eq;
    [d_] = d_
    constructor(t, r) {
      this.a = t, this.eq = r
    }
    [M](t) {
      return I(t, d_) ? this.eq ? this.eq(this.a, t.a) : A(this.a, t.a) : !1
    }
    [D]() {
      return this.eq ? 0 : G(this, T(this.a))
    }
  }
var S0 = p(2, (e, { duration: t, onTimeout: r }) => Xn(b0(e, { onTimeout: () => Fo(r), onSuccess: R, duration: t })))
var b0 = p(2, (e, { duration: t, onSuccess: r, onTimeout: n }) =>
    Yn((o) =>
      It((s) =>
        o_(cr(s(e)), pa(Ou(t)), {
          onSelfWin: (i, a) =>
            g(i.await, (c) => {
              let u = ub(c)
              return u._tag === "Success"
                ? g(i.inheritAll, () => Le(pr(a, o), r(u.value)))
                : g(pr(a, o), () => Ee(u.cause))
            }),
          onOtherWin: (i, a) =>
            g(i.await, (c) =>
              c._tag === "Success" ? g(i.inheritAll, () => Le(pr(a, o), n())) : g(pr(a, o), () => Ee(c.cause))),
          otherScope: Gs
        })
      )
    )),
  E3 = "effect/Ref/SynchronizedRef",
  S3 = Symbol.for(E3),
  b3 = { _A: (e) => e },
  x_ = class extends _n {
    ref
    withLock;
    [S3] = b3;
    [Mh] = Wb;
    [Ks] = Ks
    constructor(t, r) {
      super(), this.ref = t, this.withLock = r, this.get = Nt(this.ref)
    }
    get commit() {
      return this.get
    }
    modify(t) {
      return this.modifyEffect((r) => R(t(r)))
    }
    modifyEffect(t) {
      return this.withLock(d(g(Nt(this.ref), t), g(([r, n]) => Le(so(this.ref, n), r))))
    }
  },
  C0 = (e) => _(() => y_(e)),
  y_ = (e) => {
    let t = Su(e), r = g_(1)
    return new x_(t, r.withPermits(1))
  }
var O0 = Symbol.for("effect/ManagedRuntime")
var k0 = "Fresh", w0 = "FromEffect", T0 = "Scoped", R0 = "Suspend", I0 = "Provide", A0 = "ProvideMerge", P0 = "MergeAll"
var hx = fC
var E_ = dC, $o = nu
var F0 = pr
var S_ = Vs
var Yl = (e) =>
    function() {
      if (arguments.length === 1) {
        let t = arguments[0]
        return (r, ...n) => e(t, r, ...n)
      }
      return e.apply(this, arguments)
    },
  O_ = Yl((e, t, r) => {
    let n = ym(), o = [[lr, [[n, e.context]]]]
    r?.scheduler && o.push([Cu, [[n, r.scheduler]]])
    let s = MP(e.fiberRefs, { entries: o, forkAs: n })
    r?.updateRefs && (s = r.updateRefs(s, n))
    let i = new jl(n, s, e.runtimeFlags), a = t
    r?.scope &&
      (a = g(dx(r.scope, On), (u) => ke(ml(u, Yn((l) => A(l, i.id()) ? ne : pr(i, l))), Ir(t, (l) => ei(u, l)))))
    let c = i.currentSupervisor
    return c !== va && (c.onStart(e.context, a, y(), i), i.addObserver((u) => c.onEnd(u, i))),
      Gs.add(e.runtimeFlags, i),
      r?.immediate === !1 ? i.resume(a) : i.start(a),
      i
  })
var O3 = Yl((e, t) => {
    let r = w3(e)(t)
    if (r._tag === "Failure") throw v0(r.effect_instruction_i0)
    return r.effect_instruction_i0
  }),
  C_ = class extends Error {
    fiber
    _tag = "AsyncFiberException"
    constructor(t) {
      super(
        `Fiber #${t.id().id} cannot be resolved synchronously. This is caused by using runSync on an effect that performs async work`
      ),
        this.fiber = t,
        this.name = this._tag,
        this.stack = this.message
    }
  },
  k3 = (e) => {
    let t = $n()
    Ot(0)
    let r = new C_(e)
    return Ot(t), r
  }
var b_ = Symbol.for("effect/Runtime/FiberFailure"),
  xx = Symbol.for("effect/Runtime/FiberFailure/Cause"),
  __ = class extends Error {
    [b_];
    [xx]
    constructor(t) {
      let r = Qp(t)[0]
      super(r?.message || "An error has occurred"),
        this[b_] = b_,
        this[xx] = t,
        this.name = r ? `(FiberFailure) ${r.name}` : "FiberFailure",
        r?.stack && (this.stack = r.stack)
    }
    toJSON() {
      return { _id: "FiberFailure", cause: this[xx].toJSON() }
    }
    toString() {
      return "(FiberFailure) " + hn(this[xx], { renderErrorCause: !0 })
    }
    [z]() {
      return this.toString()
    }
  },
  v0 = (e) => {
    let t = $n()
    Ot(0)
    let r = new __(e)
    return Ot(t), r
  }
var D0 = (e) => {
    let t = e
    switch (t._op) {
      case "Failure":
      case "Success":
        return t
      case "Left":
        return cu(t.left)
      case "Right":
        return Fe(t.right)
      case "Some":
        return Fe(t.value)
      case "None":
        return cu(new Sn())
    }
  },
  w3 = Yl((e, t) => {
    let r = D0(t)
    if (r) return r
    let n = new bu(), o = O_(e)(t, { scheduler: n })
    n.flush()
    let s = o.unsafePoll()
    return s || Zm(Um(k3(o), eh(o)))
  }),
  T3 = Yl((e, t, r) =>
    R3(e, t, r).then((n) => {
      switch (n._tag) {
        case je:
          return n.effect_instruction_i0
        case $e:
          throw v0(n.effect_instruction_i0)
      }
    })
  ),
  R3 = Yl((e, t, r) =>
    new Promise((n) => {
      let o = D0(t)
      o && n(o)
      let s = O_(e)(t)
      if (
        s.addObserver((i) => {
          n(i)
        }), r?.signal !== void 0
      ) {
        if (r.signal.aborted) s.unsafeInterruptAsFork(s.id())
        else {
          let i = r.signal,
            a = () => {
              s.unsafeInterruptAsFork(s.id())
            }
          i.addEventListener("abort", a, { once: !0 }),
            s.addObserver(() => {
              i.removeEventListener("abort", a)
            })
        }
      }
    })
  ),
  gx = class {
    context
    runtimeFlags
    fiberRefs
    constructor(t, r, n) {
      this.context = t, this.runtimeFlags = r, this.fiberRefs = n
    }
    pipe() {
      return E(this, arguments)
    }
  },
  I3 = (e) => new gx(e.context, e.runtimeFlags, e.fiberRefs),
  k_ = () => re((e, t) => R(new gx(e.getFiberRef(lr), t.runtimeFlags, e.getFiberRefs()))),
  A3 = IS(Zn, kS, OS),
  qu = I3({ context: fn(), runtimeFlags: A3, fiberRefs: vP() })
var N0 = O_(qu), L0 = T3(qu)
var U0 = O3(qu)
var H0 = p(2, (e, t) => e.modifyEffect(t))
var N3 = "effect/Layer",
  w_ = Symbol.for(N3),
  L3 = { _RIn: (e) => e, _E: (e) => e, _ROut: (e) => e },
  Hu = {
    [w_]: L3,
    pipe() {
      return E(this, arguments)
    }
  },
  U3 = "effect/Layer/MemoMap",
  yx = Symbol.for(U3),
  z0 = sr()("effect/Layer/CurrentMemoMap", { defaultValue: () => q3() }),
  $0 = (e) => I(e, w_),
  j0 = (e) => e._op_layer === k0,
  Ex = class {
    ref;
    [yx]
    constructor(t) {
      this.ref = t, this[yx] = yx
    }
    getOrElseMemoize(t, r) {
      return d(
        H0(this.ref, (n) => {
          let o = n.get(t)
          if (o !== void 0) {
            let [s, i] = o,
              a = d(s, g(([c, u]) => d(Il(c), Le(u))), Ir(ba({ onFailure: () => ne, onSuccess: () => Ea(r, i) })))
            return R([a, n])
          }
          return d(
            wa(0),
            g((s) =>
              d(
                to(),
                g((i) =>
                  d(
                    wa(() => ne),
                    j((a) => {
                      let c = It((l) =>
                          d(
                            Gl(),
                            g((f) =>
                              d(
                                l(g(V0(t, f, !0), (m) => Bh(m(this)))),
                                cr,
                                g((m) => {
                                  switch (m._tag) {
                                    case $e:
                                      return d(
                                        bl(i, m.effect_instruction_i0),
                                        ke(iu(f, m)),
                                        ke(Ie(m.effect_instruction_i0))
                                      )
                                    case je:
                                      return d(
                                        so(a, (h) => d(iu(f, h), fa(vh(s, (x) => [x === 1, x - 1])), st)),
                                        ke(Ta(s, (h) => h + 1)),
                                        ke(Ea(r, (h) =>
                                          d(
                                            _(() => n.delete(t)),
                                            ke(Nt(a)),
                                            g((x) => x(h))
                                          ))),
                                        ke(pu(i, m.effect_instruction_i0)),
                                        Le(m.effect_instruction_i0[1])
                                      )
                                  }
                                })
                              )
                            )
                          )
                        ),
                        u = [
                          d(Gt(i), Ir(uu({ onFailure: () => ne, onSuccess: () => Ta(s, (l) => l + 1) }))),
                          (l) => d(Nt(a), g((f) => f(l)))
                        ]
                      return [c, j0(t) ? n : n.set(t, u)]
                    })
                  )
                )
              )
            )
          )
        }),
        Xn
      )
    }
  },
  K0 = Y(() => j(C0(new Map()), (e) => new Ex(e))),
  q3 = () => new Ex(y_(new Map()))
var T_ = p(2, (e, t) => g(K0, (r) => G0(e, r, t))),
  G0 = p(3, (e, t, r) => g(V0(e, r), (n) => Al(n(t), z0, t))),
  V0 = (e, t, r = !1) => {
    let n = e
    switch (n._op_layer) {
      case "Locally":
        return _(() => (o) => n.f(o.getOrElseMemoize(n.self, t)))
      case "ExtendScope":
        return _(() => (o) => Kl((s) => o.getOrElseMemoize(n.layer, s)))
      case "Fold":
        return _(() => (o) =>
          d(
            o.getOrElseMemoize(n.layer, t),
            xt({
              onFailure: (s) => o.getOrElseMemoize(n.failureK(s), t),
              onSuccess: (s) => o.getOrElseMemoize(n.successK(s), t)
            })
          )
        )
      case "Fresh":
        return _(() => (o) => d(n.layer, T_(t)))
      case "FromEffect":
        return r ? _(() => (o) => n.effect) : _(() => (o) => o.getOrElseMemoize(e, t))
      case "Provide":
        return _(() => (o) => d(o.getOrElseMemoize(n.first, t), g((s) => d(o.getOrElseMemoize(n.second, t), Hs(s)))))
      case "Scoped":
        return r ? _(() => (o) => Na(n.effect, t)) : _(() => (o) => o.getOrElseMemoize(e, t))
      case "Suspend":
        return _(() => (o) => o.getOrElseMemoize(n.evaluate(), t))
      case "ProvideMerge":
        return _(() => (o) => d(o.getOrElseMemoize(n.first, t), ha(o.getOrElseMemoize(n.second, t), n.zipK)))
      case "ZipWith":
        return Wm(function*() {
          let o = yield* Qr(t, kl), s = yield* Qr(o, On), i = yield* Qr(o, On)
          return (a) =>
            d(a.getOrElseMemoize(n.first, s), Ys(a.getOrElseMemoize(n.second, i), n.zipK, { concurrent: !0 }))
        })
      case "MergeAll": {
        let o = n.layers
        return j(Qr(t, kl), (s) => (i) => {
          let a = new Array(o.length)
          return j(
            Zr(
              o,
              Bm(function*(c, u) {
                let l = yield* Qr(s, On), f = yield* i.getOrElseMemoize(c, l)
                a[u] = f
              }),
              !1,
              !1
            ),
            () => AR(...a)
          )
        })
      }
    }
  }
var J0 = () => I_(Lo())
var R_ = p(2, (e, t) => {
  let r = AE(e), n = r ? e : t
  return I_(j(r ? t : e, (s) => Dc(n, s)))
})
function I_(e) {
  let t = Object.create(Hu)
  return t._op_layer = w0, t.effect = e, t
}
var A_ = (...e) => {
  let t = Object.create(Hu)
  return t._op_layer = P0, t.layers = e, t
}
var P_ = p(2, (e, t) => {
  let r = AE(e), n = r ? e : t
  return Q0(j(r ? t : e, (s) => Dc(n, s)))
})
var Q0 = (e) => {
  let t = Object.create(Hu)
  return t._op_layer = T0, t.effect = e, t
}
var Z0 = (e) => {
  let t = Object.create(Hu)
  return t._op_layer = R0, t.evaluate = e, t
}
var F_ = p(2, (e, t) =>
  Z0(() => {
    let r = Object.create(Hu)
    return r._op_layer = I0,
      r.first = Object.create(Hu, {
        _op_layer: { value: A0, enumerable: !0 },
        first: { value: J0(), enumerable: !0 },
        second: { value: Array.isArray(t) ? A_(...t) : t },
        zipK: { value: (n, o) => d(n, dn(o)) }
      }),
      r.second = e,
      r
  }))
var W0 = p(2, (e, t) => sx((r) => g(T_(t, r), (n) => Xm(e, n)))),
  B0 = p(2, (e, t) => {
    let r = _a(qu.fiberRefs, t.fiberRefs), n = gn(qu.runtimeFlags, t.runtimeFlags)
    return It((o) =>
      re((s) => {
        let i = s.getFiberRef(lr),
          a = s.getFiberRefs(),
          c = Oa(s.id(), a)(r),
          u = s.currentRuntimeFlags,
          l = Fs(n)(u),
          f = _a(c, a),
          m = gn(l, u)
        return s.setFiberRefs(c),
          s.currentRuntimeFlags = l,
          zo(
            Xm(o(e), dn(i, t.context)),
            re(
              (
                h
              ) => (h.setFiberRefs(Oa(h.id(), h.getFiberRefs())(f)),
                h.currentRuntimeFlags = Fs(m)(h.currentRuntimeFlags),
                ne)
            )
          )
      })
    )
  }),
  Y0 = p(
    2,
    (e, t) =>
      Array.isArray(t)
        ? W0(e, A_(...t))
        : $0(t)
        ? W0(e, t)
        : IR(t)
        ? Xm(e, t)
        : O0 in t
        ? g(t.runtimeEffect, (r) => B0(e, r))
        : B0(e, t)
  )
var eD = As
var Xl = (function() {
    let e = Symbol.for("effect/Data/Error/plainArgs")
    return {
      BaseEffectError: class extends hl {
        constructor(r) {
          super(r?.message, r?.cause ? { cause: r.cause } : void 0),
            r && (Object.assign(this, r), Object.defineProperty(this, e, { value: r, enumerable: !1 }))
        }
        toJSON() {
          return { ...this[e], ...this }
        }
      }
    }.BaseEffectError
  })(),
  tD = (e) => {
    let t = {
      BaseEffectError: class extends Xl {
        _tag = e
      }
    }
    return t.BaseEffectError.prototype.name = e, t.BaseEffectError
  }
var Sx = Symbol.for("effect/DateTime"),
  bx = Symbol.for("effect/DateTime/TimeZone"),
  nD = {
    [Sx]: Sx,
    pipe() {
      return E(this, arguments)
    },
    [z]() {
      return this.toString()
    },
    toJSON() {
      return Cx(this).toJSON()
    }
  },
  H3 = {
    ...nD,
    _tag: "Utc",
    [D]() {
      return G(this, vi(this.epochMillis))
    },
    [M](e) {
      return ef(e) && e._tag === "Utc" && this.epochMillis === e.epochMillis
    },
    toString() {
      return `DateTime.Utc(${Cx(this).toJSON()})`
    }
  },
  Ree = {
    ...nD,
    _tag: "Zoned",
    [D]() {
      return d(vi(this.epochMillis), B(T(this.zone)), G(this))
    },
    [M](e) {
      return ef(e) && e._tag === "Zoned" && this.epochMillis === e.epochMillis && A(this.zone, e.zone)
    },
    toString() {
      return `DateTime.Zoned(${hD(this)})`
    }
  },
  oD = {
    [bx]: bx,
    [z]() {
      return this.toString()
    }
  },
  Iee = {
    ...oD,
    _tag: "Named",
    [D]() {
      return G(this, ce(`Named:${this.id}`))
    },
    [M](e) {
      return v_(e) && e._tag === "Named" && this.id === e.id
    },
    toString() {
      return `TimeZone.Named(${this.id})`
    },
    toJSON() {
      return { _id: "TimeZone", _tag: "Named", id: this.id }
    }
  },
  Aee = {
    ...oD,
    _tag: "Offset",
    [D]() {
      return G(this, ce(`Offset:${this.offset}`))
    },
    [M](e) {
      return v_(e) && e._tag === "Offset" && this.offset === e.offset
    },
    toString() {
      return `TimeZone.Offset(${lD(this.offset)})`
    },
    toJSON() {
      return { _id: "TimeZone", _tag: "Offset", offset: this.offset }
    }
  }
var ef = (e) => I(e, Sx)
var v_ = (e) => I(e, bx)
var sD = (e) => e._tag === "Utc"
var iD = xo((e, t) => e.epochMillis === t.epochMillis)
var aD = (e) => {
    let t = Object.create(H3)
    return t.epochMillis = e, Object.defineProperty(t, "partsUtc", { value: void 0, enumerable: !1, writable: !0 }), t
  },
  Wu = (e) => {
    let t = e.getTime()
    if (Number.isNaN(t)) throw new qv("Invalid date")
    return aD(t)
  },
  D_ = (e) => {
    if (ef(e)) return e
    if (e instanceof Date) return Wu(e)
    if (typeof e == "object") {
      let t = new Date(0)
      return B3(t, e), Wu(t)
    } else if (typeof e == "string" && !W3(e)) return Wu(new Date(e + "Z"))
    return Wu(new Date(e))
  },
  W3 = (e) => /Z|[+-]\d{2}$|[+-]\d{2}:?\d{2}$|\]$/.test(e),
  Pee = -864e13 + 720 * 60 * 1e3,
  Fee = 864e13 - 840 * 60 * 1e3
var cD = Md(D_)
var uD = (e) => aD(e.epochMillis)
var Cx = (e) => new Date(e.epochMillis),
  N_ = (e) => {
    if (e._tag === "Utc") return new Date(e.epochMillis)
    if (e.zone._tag === "Offset") return new Date(e.epochMillis + e.zone.offset)
    if (e.adjustedEpochMillis !== void 0) return new Date(e.adjustedEpochMillis)
    let t = e.zone.format.formatToParts(e.epochMillis).filter((n) => n.type !== "literal"), r = new Date(0)
    return r.setUTCFullYear(Number(t[2].value), Number(t[0].value) - 1, Number(t[1].value)),
      r.setUTCHours(Number(t[3].value), Number(t[4].value), Number(t[5].value), Number(t[6].value)),
      e.adjustedEpochMillis = r.getTime(),
      r
  },
  pD = (e) => N_(e).getTime() - dD(e),
  lD = (e) => {
    let t = Math.abs(e), r = Math.floor(t / (3600 * 1e3)), n = Math.round(t % (3600 * 1e3) / (60 * 1e3))
    return n === 60 && (r += 1, n = 0),
      `${e < 0 ? "-" : "+"}${String(r).padStart(2, "0")}:${String(n).padStart(2, "0")}`
  },
  fD = (e) => lD(pD(e)),
  dD = (e) => e.epochMillis
var B3 = (e, t) => {
  if (
    t.year !== void 0 && e.setUTCFullYear(t.year),
      t.month !== void 0 && e.setUTCMonth(t.month - 1),
      t.day !== void 0 && e.setUTCDate(t.day),
      t.weekDay !== void 0
  ) {
    let r = t.weekDay - e.getUTCDay()
    e.setUTCDate(e.getUTCDate() + r)
  }
  t.hours !== void 0 && e.setUTCHours(t.hours),
    t.minutes !== void 0 && e.setUTCMinutes(t.minutes),
    t.seconds !== void 0 && e.setUTCSeconds(t.seconds),
    t.millis !== void 0 && e.setUTCMilliseconds(t.millis)
}
var Mee = 1440 * 60 * 1e3
var mD = (e) => Cx(e).toISOString()
var M_ = (e) => {
    let t = N_(e)
    return e._tag === "Utc" ? t.toISOString() : `${t.toISOString().slice(0, -1)}${fD(e)}`
  },
  hD = (e) => e.zone._tag === "Offset" ? M_(e) : `${M_(e)}[${e.zone.id}]`
var xD = _P
var j3 = "effect/Schedule",
  B_ = Symbol.for(j3),
  z_ = (e) => I(e, B_),
  K3 = "effect/ScheduleDriver",
  SD = Symbol.for(K3),
  L_ = { start: 0, now: 0, input: void 0, output: void 0, elapsed: Ts, elapsedSincePrevious: Ts, recurrence: 0 },
  tf = sr()("effect/Schedule/CurrentIterationMetadata", { defaultValue: () => L_ }),
  G3 = { _Out: (e) => e, _In: (e) => e, _R: (e) => e },
  V3 = { _Out: (e) => e, _In: (e) => e, _R: (e) => e },
  U_ = class {
    initial
    step;
    [B_] = G3
    constructor(t, r) {
      this.initial = t, this.step = r
    }
    pipe() {
      return E(this, arguments)
    }
  },
  gD = (e, t, r, n) =>
    Ta(
      e,
      (o) =>
        o.recurrence === 0
          ? {
            now: t,
            input: r,
            output: n,
            recurrence: o.recurrence + 1,
            elapsed: Ts,
            elapsedSincePrevious: Ts,
            start: t
          }
          : {
            now: t,
            input: r,
            output: n,
            recurrence: o.recurrence + 1,
            elapsed: Kr(t - o.start),
            elapsedSincePrevious: Kr(t - o.now),
            start: o.start
          }
    ),
  q_ = class {
    schedule
    ref;
    [SD] = V3
    constructor(t, r) {
      this.schedule = t, this.ref = r
    }
    get state() {
      return j(Nt(this.ref), (t) => t[1])
    }
    get last() {
      return g(Nt(this.ref), ([t, r]) => {
        switch (t._tag) {
          case "None":
            return Fo(() => new Sn())
          case "Some":
            return R(t.value)
        }
      })
    }
    iterationMeta = Su(L_)
    get reset() {
      return so(this.ref, [y(), this.schedule.initial]).pipe(ma(so(this.iterationMeta, L_)))
    }
    next(t) {
      return d(
        j(Nt(this.ref), (r) => r[1]),
        g((r) =>
          d(
            Kb,
            g((n) =>
              d(
                Y(() => this.schedule.step(n, t, r)),
                g(([o, s, i]) => {
                  let a = so(this.ref, [S(s), o])
                  if (Uu(i)) return a.pipe(ke(Se(y())))
                  let c = ux(i.intervals) - n
                  if (c <= 0) return a.pipe(ke(gD(this.iterationMeta, n, t, s)), Le(s))
                  let u = Kr(c)
                  return d(a, ke(gD(this.iterationMeta, n, t, s)), ke(Ou(u)), Le(s))
                })
              )
            )
          )
        )
      )
    }
  },
  ti = (e, t) => new U_(e, t)
var bD = p(2, (e, t) => wD(e, (r, n) => j(t(r), (o) => wI(n, Rt(o)))))
var $_ = p(2, (e, t) => kx(e, (r, n) => _(() => t(r, n)))),
  kx = p(
    2,
    (e, t) =>
      ti(
        e.initial,
        (r, n, o) =>
          g(e.step(r, n, o), ([s, i, a]) => Uu(a) ? R([s, i, Lu]) : j(t(n, i), (c) => c ? [s, i, a] : [s, i, Lu]))
      )
  )
var j_ = (e) => d(wa([y(), e.initial]), j((t) => new q_(e, t)))
var CD = () => ti(void 0, (e, t, r) => R([r, t, lx(c_(e))])),
  wx = p(2, (e, t) => _D(e, t, n0)),
  _D = p(
    3,
    (e, t, r) =>
      ti([e.initial, t.initial], (n, o, s) =>
        d(
          ha(e.step(n, o, s[0]), t.step(n, o, s[1]), (i, a) => [i, a]),
          g(([[i, a, c], [u, l, f]]) =>
            f_(c) && f_(f) ? H_(e, t, o, i, a, c.intervals, u, l, f.intervals, r) : R([[i, u], [a, l], Lu])
          )
        ))
  ),
  H_ = (e, t, r, n, o, s, i, a, c, u) => {
    let l = u(s, c)
    return s0(l)
      ? R([[n, i], [o, a], d0(l)])
      : d(s, o0(c))
      ? g(
        e.step(px(s), r, n),
        ([f, m, h]) => Uu(h) ? R([[f, i], [m, a], Lu]) : H_(e, t, r, f, m, h.intervals, i, a, c, u)
      )
      : g(
        t.step(px(c), r, i),
        ([f, m, h]) => Uu(h) ? R([[n, f], [o, m], Lu]) : H_(e, t, r, n, o, s, f, m, h.intervals, u)
      )
  }
var OD = p(2, (e, t) => kD(e, (r) => _(() => t(r)))),
  kD = p(2, (e, t) => ti(e.initial, (r, n, o) => g(e.step(r, n, o), ([s, i, a]) => j(t(i), (c) => [s, c, a]))))
var wD = p(2, (e, t) =>
  ti(e.initial, (r, n, o) =>
    g(e.step(r, n, o), ([s, i, a]) => {
      if (Uu(a)) return R([s, i, a])
      let c = a.intervals, u = Qv(ax(r, ux(c)))
      return j(t(i, u), (l) => {
        let f = Rt(l), m = ux(c), h = r + wr(f), x = h - m, b = Math.max(0, px(c) + x), C = ax(h, b)
        return [s, i, lx(C)]
      })
    })))
var TD = (e) => ti(e.initial, (t, r, n) => d(e.step(t, r, n), j(([o, s, i]) => [o, r, i])))
var RD = (e) => AD(CD(), e)
var Tx = (e) => PD(Rx, (t) => t < e)
var ID = (e, t) => ti(e, (r, n, o) => _(() => [t(o), o, lx(c_(r))]))
var K_ = p(2, (e, t) => kx(e, (r, n) => nC(t(r))))
var AD = p(2, (e, t) => $_(e, (r, n) => t(r))),
  G_ = p(2, (e, t) => kx(e, (r, n) => t(r))),
  PD = p(2, (e, t) => $_(e, (r, n) => t(n)))
var _x = Symbol.for("effect/Schedule/ScheduleDefect"),
  W_ = class {
    error;
    [_x]
    constructor(t) {
      this.error = t, this[_x] = _x
    }
  },
  J3 = (e) => I(e, _x),
  Ox = (e) => yn(e, (t) => Rr(new W_(t))),
  Q3 = (e) =>
    pe(Kc(e, (t) => Kp(t) && J3(t.defect) ? S(t.defect) : y()), { onNone: () => e, onSome: (t) => Vn(t.error) }),
  FD = (e) => Yc(e, (t) => Ie(Q3(t))),
  yD = p(2, (e, t) => vD(e, t, (r, n) => Se(r))),
  MD = p(2, (e, t) => {
    if (z_(t)) return yD(e, t)
    let r = t.schedule ?? TD(Rx),
      n = t.while
        ? G_(r, (i) => {
          let a = t.while(i)
          return typeof a == "boolean" ? R(a) : Ox(a)
        })
        : r,
      o = t.until
        ? K_(n, (i) => {
          let a = t.until(i)
          return typeof a == "boolean" ? R(a) : Ox(a)
        })
        : n,
      s = t.times ? wx(o, Tx(t.times)).pipe(OD((i) => i[0])) : o
    return FD(yD(e, s))
  }),
  vD = p(
    3,
    (e, t, r) =>
      g(j_(t), (n) =>
        Kt(e, {
          onFailure: (o) => r(o, y()),
          onSuccess: (o) => DD(_u(e, tf, Nt(n.iterationMeta)), n, (s, i) => _u(r(s, i), tf, Nt(n.iterationMeta)), o)
        }))
  ),
  DD = (e, t, r, n) =>
    Kt(t.next(n), {
      onFailure: () => pl(t.last),
      onSuccess: (o) => Kt(e, { onFailure: (s) => r(s, S(o)), onSuccess: (s) => DD(e, t, r, s) })
    }),
  ED = p(2, (e, t) => LD(e, t, (r, n) => Se(r))),
  ND = p(2, (e, t) => z_(t) ? ED(e, t) : FD(ED(e, Z3(t)))),
  Z3 = (e) => {
    let t = e.schedule ?? Rx,
      r = e.while
        ? G_(t, (o) => {
          let s = e.while(o)
          return typeof s == "boolean" ? R(s) : Ox(s)
        })
        : t,
      n = e.until
        ? K_(r, (o) => {
          let s = e.until(o)
          return typeof s == "boolean" ? R(s) : Ox(s)
        })
        : r
    return e.times !== void 0 ? wx(n, Tx(e.times)) : n
  },
  LD = p(
    3,
    (e, t, r) => g(j_(t), (n) => UD(_u(e, tf, Nt(n.iterationMeta)), n, (o, s) => _u(r(o, s), tf, Nt(n.iterationMeta))))
  ),
  UD = (e, t, r) =>
    yn(e, (n) => Kt(t.next(n), { onFailure: () => d(t.last, pl, g((o) => r(n, o))), onSuccess: () => UD(e, t, r) }))
var Rx = ID(0, (e) => e + 1)
var fr = to
var it = Gt
var HD = BA
var rf = bl
var nf = $A
var Yr = pu
var WD = qs
var BD = Symbol.for("effect/MutableList"),
  Y3 = {
    [BD]: BD,
    [Symbol.iterator]() {
      let e = !1, t = this.head
      return {
        next() {
          if (e) return this.return()
          if (t == null) return e = !0, this.return()
          let r = t.value
          return t = t.next, { done: e, value: r }
        },
        return(r) {
          return e || (e = !0), { done: !0, value: r }
        }
      }
    },
    toString() {
      return te(this.toJSON())
    },
    toJSON() {
      return { _id: "MutableList", values: Array.from(this).map(ee) }
    },
    [z]() {
      return this.toJSON()
    },
    pipe() {
      return E(this, arguments)
    }
  },
  X3 = (e) => ({ value: e, removed: !1, prev: void 0, next: void 0 }),
  zD = () => {
    let e = Object.create(Y3)
    return e.head = void 0, e.tail = void 0, e._length = 0, e
  }
var V_ = (e) => Ax(e) === 0, Ax = (e) => e._length
var $D = p(2, (e, t) => {
    let r = X3(t)
    return e.head === void 0 && (e.head = r),
      e.tail === void 0 || (e.tail.next = r, r.prev = e.tail),
      e.tail = r,
      e._length += 1,
      e
  }),
  jD = (e) => {
    let t = e.head
    if (t !== void 0) return eG(e, t), t.value
  }
var eG = (e, t) => {
  t.removed ||
    (t.removed = !0,
      t.prev !== void 0 && t.next !== void 0
        ? (t.prev.next = t.next, t.next.prev = t.prev)
        : t.prev !== void 0
        ? (e.tail = t.prev, t.prev.next = void 0)
        : t.next !== void 0
        ? (e.head = t.next, t.next.prev = void 0)
        : (e.tail = void 0, e.head = void 0),
      e._length > 0 && (e._length -= 1))
}
var KD = Symbol.for("effect/MutableQueue"),
  Lt = Symbol.for("effect/mutable/MutableQueue/Empty"),
  rG = {
    [KD]: KD,
    [Symbol.iterator]() {
      return Array.from(this.queue)[Symbol.iterator]()
    },
    toString() {
      return te(this.toJSON())
    },
    toJSON() {
      return { _id: "MutableQueue", values: Array.from(this).map(ee) }
    },
    [z]() {
      return this.toJSON()
    },
    pipe() {
      return E(this, arguments)
    }
  },
  GD = (e) => {
    let t = Object.create(rG)
    return t.queue = zD(), t.capacity = e, t
  },
  VD = (e) => GD(e),
  Px = () => GD(void 0),
  Fx = (e) => Ax(e.queue),
  Mx = (e) => V_(e.queue)
var JD = (e) => e.capacity === void 0 ? 1 / 0 : e.capacity,
  Bu = p(2, (e, t) => {
    let r = Ax(e.queue)
    return e.capacity !== void 0 && r === e.capacity ? !1 : ($D(t)(e.queue), !0)
  }),
  J_ = p(2, (e, t) => {
    let r = t[Symbol.iterator](), n, o = Me(), s = !0
    for (; s && (n = r.next()) && !n.done;) s = Bu(n.value)(e)
    for (; n != null && !n.done;) o = ve(n.value)(o), n = r.next()
    return kr(o)
  }),
  jo = p(2, (e, t) => V_(e.queue) ? t : jD(e.queue)),
  vx = p(2, (e, t) => {
    let r = Me(), n = 0
    for (; n < t;) {
      let o = jo(Lt)(e)
      if (o === Lt) break
      r = ve(o)(r), n += 1
    }
    return kr(r)
  })
var Tn = ar
var Dx = rC
var of = nx
var dr = Da
var Ha = jt
var sf = re, fe = Se
var Ut = Ie
var Nx = Xc
var Jt = Wm
var QD = UF, se = R
var X = Y, ye = _, J = ne
var af = yn, Wa = Yc
var Q_ = GS
var ZD = tC
var Z_ = ND
var zu = Yb
var YD = WF
var ri = HF
var Ba = Jr
var Qt = pa
var XD = Mo, io = Ns, za = It
var ni = Le
var Y_ = st
var Q = j
var eN = ul, ao = Ds
var cf = YC
var X_ = jS
var Pr = zo
var tN = Ir
var Lx = t_, eO = Kl, Ux = sx
var rN = Yn
var tO = ox
var Xr = E0
var nN = MF, uf = Wh
var rO = S0
var pf = Lo
var $a = Y0
var oN = $F
var sN = LF, ja = Po, Ge = cr, nO = la
var oO = zF
var q = g
var Ko = Xn, qx = n_
var Hx = r_
var Rn = vo
var $u = qF
var Wx = MD
var iN = En
var aN = Xb, lf = qm, Zt = xt
var cN = DF
var uN = FF
var Bx = k_
var sO = g0, iO = y0
var ju = N0
var zx = L0
var In = U0
var Go = Rv, aO = Iv, de = Av, Ka = Ys
var pN = jF, lN = KF
var fN = JF
var dN = qh, mN = QF
var hN = Hh
var xN = R_
var gN = P_
var yN = F_
var EN = "effect/Redacted",
  Ku = H("effect/Redacted/redactedRegistry", () => new WeakMap()),
  uO = Symbol.for(EN),
  iG = {
    [uO]: { _A: (e) => e },
    pipe() {
      return E(this, arguments)
    },
    toString() {
      return "<redacted>"
    },
    toJSON() {
      return "<redacted>"
    },
    [z]() {
      return "<redacted>"
    },
    [D]() {
      return d(T(EN), B(T(Ku.get(this))), G(this))
    },
    [M](e) {
      return pO(e) && A(Ku.get(this), Ku.get(e))
    }
  },
  pO = (e) => I(e, uO),
  SN = (e) => {
    let t = Object.create(iG)
    return Ku.set(t, e), t
  },
  bN = (e) => {
    if (Ku.has(e)) return Ku.get(e)
    throw new Error("Unable to get redacted value")
  }
var ff = We
var CN = xa
var _N = Km, ON = su
var kN = bD
var wN = wx
var TN = RD
var RN = Tx
var uG = "effect/QueueEnqueue",
  AN = Symbol.for(uG),
  pG = "effect/QueueDequeue",
  PN = Symbol.for(pG),
  lG = "effect/QueueStrategy",
  Kx = Symbol.for(lG),
  fG = "effect/BackingQueue",
  FN = Symbol.for(fG),
  xO = { _A: (e) => e },
  dG = { _A: (e) => e },
  mG = { _In: (e) => e },
  hG = { _Out: (e) => e },
  fO = class extends _n {
    queue
    takers
    shutdownHook
    shutdownFlag
    strategy;
    [AN] = mG;
    [PN] = hG
    constructor(t, r, n, o, s) {
      super(), this.queue = t, this.takers = r, this.shutdownHook = n, this.shutdownFlag = o, this.strategy = s
    }
    pipe() {
      return E(this, arguments)
    }
    commit() {
      return this.take
    }
    capacity() {
      return this.queue.capacity()
    }
    get size() {
      return Y(() => yn(this.unsafeSize(), () => Jr))
    }
    unsafeSize() {
      return Re(this.shutdownFlag) ? y() : S(this.queue.length() - Fx(this.takers) + this.strategy.surplusSize())
    }
    get isEmpty() {
      return j(this.size, (t) => t <= 0)
    }
    get isFull() {
      return j(this.size, (t) => t >= this.capacity())
    }
    get shutdown() {
      return Ns(
        re((t) => (d(this.shutdownFlag, Tr(!0)),
          d(
            Zr(
              Gu(this.takers),
              (r) => Ym(r, t.id()),
              !1,
              !1
            ),
            ke(this.strategy.shutdown),
            fa(pu(this.shutdownHook, void 0)),
            st
          ))
        )
      )
    }
    get isShutdown() {
      return _(() => Re(this.shutdownFlag))
    }
    get awaitShutdown() {
      return Gt(this.shutdownHook)
    }
    isActive() {
      return !Re(this.shutdownFlag)
    }
    unsafeOffer(t) {
      if (Re(this.shutdownFlag)) return !1
      let r
      if (this.queue.length() === 0) {
        let o = d(this.takers, jo(Lt))
        o !== Lt ? (Va(o, t), r = !0) : r = !1
      } else r = !1
      if (r) return !0
      let n = this.queue.offer(t)
      return Ga(this.strategy, this.queue, this.takers), n
    }
    offer(t) {
      return Y(() => {
        if (Re(this.shutdownFlag)) return Jr
        let r
        if (this.queue.length() === 0) {
          let o = d(this.takers, jo(Lt))
          o !== Lt ? (Va(o, t), r = !0) : r = !1
        } else r = !1
        if (r) return R(!0)
        let n = this.queue.offer(t)
        return Ga(this.strategy, this.queue, this.takers),
          n ? R(!0) : this.strategy.handleSurplus([t], this.queue, this.takers, this.shutdownFlag)
      })
    }
    offerAll(t) {
      return Y(() => {
        if (Re(this.shutdownFlag)) return Jr
        let r = le(t), n = this.queue.length() === 0 ? le(gG(this.takers, r.length)) : Or, [o, s] = d(r, mE(n.length))
        for (let a = 0; a < n.length; a++) {
          let c = n[a], u = o[a]
          Va(c, u)
        }
        if (s.length === 0) return R(!0)
        let i = this.queue.offerAll(s)
        return Ga(this.strategy, this.queue, this.takers),
          Ss(i) ? R(!0) : this.strategy.handleSurplus(i, this.queue, this.takers, this.shutdownFlag)
      })
    }
    get take() {
      return re((t) => {
        if (Re(this.shutdownFlag)) return Jr
        let r = this.queue.poll(Lt)
        if (r !== Lt) return this.strategy.unsafeOnQueueEmptySpace(this.queue, this.takers), R(r)
        {
          let n = Ca(t.id())
          return d(
            Y(
              () => (d(this.takers, Bu(n)),
                Ga(this.strategy, this.queue, this.takers),
                Re(this.shutdownFlag) ? Jr : Gt(n))
            ),
            Mo(() => _(() => yG(this.takers, n)))
          )
        }
      })
    }
    get takeAll() {
      return Y(() =>
        Re(this.shutdownFlag) ? Jr : _(() => {
          let t = this.queue.pollUpTo(Number.POSITIVE_INFINITY)
          return this.strategy.unsafeOnQueueEmptySpace(this.queue, this.takers), mn(t)
        })
      )
    }
    takeUpTo(t) {
      return Y(() =>
        Re(this.shutdownFlag) ? Jr : _(() => {
          let r = this.queue.pollUpTo(t)
          return this.strategy.unsafeOnQueueEmptySpace(this.queue, this.takers), mn(r)
        })
      )
    }
    takeBetween(t, r) {
      return Y(() => MN(this, t, r, Me()))
    }
  },
  MN = (e, t, r, n) =>
    r < t ? R(n) : d(
      WN(e, r),
      g((o) => {
        let s = t - o.length
        return s === 1
          ? d($x(e), j((i) => d(n, nt(o), Es(i))))
          : s > 1
          ? d(
            $x(e),
            g((i) => MN(e, s - 1, r - o.length - 1, d(n, nt(o), Es(i))))
          )
          : R(d(n, nt(o)))
      })
    )
var vN = (e) => d(_(() => VD(e)), g((t) => gO(NN(t), BN())))
var DN = () => d(_(() => Px()), g((e) => gO(NN(e), zN()))),
  xG = (e, t, r, n, o) => new fO(e, t, r, n, o),
  gO = (e, t) => d(to(), j((r) => xG(e, Px(), r, Gr(!1), t))),
  dO = class {
    mutable;
    [FN] = dG
    constructor(t) {
      this.mutable = t
    }
    poll(t) {
      return jo(this.mutable, t)
    }
    pollUpTo(t) {
      return vx(this.mutable, t)
    }
    offerAll(t) {
      return J_(this.mutable, t)
    }
    offer(t) {
      return Bu(this.mutable, t)
    }
    capacity() {
      return JD(this.mutable)
    }
    length() {
      return Fx(this.mutable)
    }
  },
  NN = (e) => new dO(e)
var LN = (e) => e.size
var UN = (e) => e.shutdown, qN = p(2, (e, t) => e.offer(t))
var HN = p(2, (e, t) => e.offerAll(t))
var $x = (e) => e.take
var WN = p(2, (e, t) => e.takeUpTo(t))
var BN = () => new mO(), zN = () => new hO()
var mO = class {
    [Kx] = xO
    putters = Px()
    surplusSize() {
      return Fx(this.putters)
    }
    onCompleteTakersWithEmptyQueue(t) {
      for (; !Mx(this.putters) && !Mx(t);) {
        let r = jo(t, void 0), n = jo(this.putters, void 0)
        n[2] && Va(n[1], !0), Va(r, n[0])
      }
    }
    get shutdown() {
      return d(
        ua,
        g((t) => d(_(() => Gu(this.putters)), g((r) => Zr(r, ([n, o, s]) => s ? d(Ym(o, t), st) : ne, !1, !1))))
      )
    }
    handleSurplus(t, r, n, o) {
      return re((s) => {
        let i = Ca(s.id())
        return d(
          Y(() => (this.unsafeOffer(t, i), this.unsafeOnQueueEmptySpace(r, n), Ga(this, r, n), Re(o) ? Jr : Gt(i))),
          Mo(() => _(() => this.unsafeRemove(i)))
        )
      })
    }
    unsafeOnQueueEmptySpace(t, r) {
      let n = !0
      for (; n && (t.capacity() === Number.POSITIVE_INFINITY || t.length() < t.capacity());) {
        let o = d(this.putters, jo(Lt))
        if (o === Lt) n = !1
        else {
          let s = t.offer(o[0])
          s && o[2] ? Va(o[1], !0) : s || jx(this.putters, d(Gu(this.putters), ve(o))), Ga(this, t, r)
        }
      }
    }
    unsafeOffer(t, r) {
      let n = le(t)
      for (let o = 0; o < n.length; o++) {
        let s = n[o]
        o === n.length - 1 ? d(this.putters, Bu([s, r, !0])) : d(this.putters, Bu([s, r, !1]))
      }
    }
    unsafeRemove(t) {
      jx(this.putters, d(Gu(this.putters), Bp(([, r]) => r !== t)))
    }
  },
  hO = class {
    [Kx] = xO
    surplusSize() {
      return 0
    }
    get shutdown() {
      return ne
    }
    onCompleteTakersWithEmptyQueue() {}
    handleSurplus(t, r, n, o) {
      return R(!1)
    }
    unsafeOnQueueEmptySpace(t, r) {}
  },
  IN = class {
    [Kx] = xO
    surplusSize() {
      return 0
    }
    get shutdown() {
      return ne
    }
    onCompleteTakersWithEmptyQueue() {}
    handleSurplus(t, r, n, o) {
      return _(() => (this.unsafeOffer(r, t), Ga(this, r, n), !0))
    }
    unsafeOnQueueEmptySpace(t, r) {}
    unsafeOffer(t, r) {
      let n = r[Symbol.iterator](), o, s = !0
      for (; !(o = n.next()).done && s;) {
        if (t.capacity() === 0) return
        t.poll(Lt), s = t.offer(o.value)
      }
    }
  },
  Va = (e, t) => qs(e, R(t)),
  jx = (e, t) => d(e, J_(t)),
  Gu = (e) => d(e, vx(Number.POSITIVE_INFINITY)),
  gG = (e, t) => d(e, vx(t)),
  yG = (e, t) => {
    jx(e, d(Gu(e), Bp((r) => t !== r)))
  },
  Ga = (e, t, r) => {
    let n = !0
    for (; n && t.length() !== 0;) {
      let o = d(r, jo(Lt))
      if (o !== Lt) {
        let s = t.poll(Lt)
        s !== Lt ? (Va(o, s), e.unsafeOnQueueEmptySpace(t, r)) : jx(r, d(Gu(r), ve(o))), n = !0
      } else n = !1
    }
    n && t.length() === 0 && !Mx(r) && e.onCompleteTakersWithEmptyQueue(r)
  }
var $N = vN
var df = DN
var jN = LN
var yO = UN, Vo = qN
var KN = HN
var Vu = $x
var Gx = "Continue", EO = "Close", SO = "Yield"
var SG = "effect/ChannelChildExecutorDecision",
  JN = Symbol.for(SG),
  bG = { [JN]: JN },
  bO = (e) => {
    let t = Object.create(bG)
    return t._tag = Gx, t
  }
var Ju = "ContinuationK", QN = "ContinuationFinalizer"
var YN = Symbol.for("effect/ChannelContinuation"),
  XN = {
    _Env: (e) => e,
    _InErr: (e) => e,
    _InElem: (e) => e,
    _InDone: (e) => e,
    _OutErr: (e) => e,
    _OutDone: (e) => e,
    _OutErr2: (e) => e,
    _OutElem: (e) => e,
    _OutDone2: (e) => e
  },
  Qu = class {
    onSuccess
    onHalt
    _tag = Ju;
    [YN] = XN
    constructor(t, r) {
      this.onSuccess = t, this.onHalt = r
    }
    onExit(t) {
      return wu(t) ? this.onHalt(t.cause) : this.onSuccess(t.value)
    }
  },
  Vx = class {
    finalizer
    _tag = QN;
    [YN] = XN
    constructor(t) {
      this.finalizer = t
    }
  }
var Jx = "PullAfterNext", CO = "PullAfterAllEnqueued"
var OG = "effect/ChannelUpstreamPullStrategy",
  kG = Symbol.for(OG),
  wG = { _A: (e) => e },
  TG = { [kG]: wG },
  _O = (e) => {
    let t = Object.create(TG)
    return t._tag = Jx, t.emitSeparator = e, t
  }
var Qx = "BracketOut",
  Zx = "Bridge",
  mf = "ConcatAll",
  Yx = "Emit",
  Xx = "Ensuring",
  eg = "Fail",
  hf = "Fold",
  tg = "FromEffect",
  rg = "PipeTo",
  ng = "Provide",
  og = "Read",
  sg = "Succeed",
  ig = "SucceedNow",
  ag = "Suspend"
var IG = "effect/Channel",
  OO = Symbol.for(IG),
  AG = {
    _Env: (e) => e,
    _InErr: (e) => e,
    _InElem: (e) => e,
    _InDone: (e) => e,
    _OutErr: (e) => e,
    _OutElem: (e) => e,
    _OutDone: (e) => e
  },
  qt = {
    [OO]: AG,
    pipe() {
      return E(this, arguments)
    }
  },
  cg = (e) => I(e, OO) || Tn(e),
  kO = p(2, (e, t) => {
    let r = Object.create(qt)
    return r._tag = Qx, r.acquire = () => e, r.finalizer = t, r
  }),
  ug = p(2, (e, t) => {
    let r = Object.create(qt)
    return r._tag = hf, r.channel = e, r.k = new Qu(ii, t), r
  })
var pg = (e, t, r) => {
    let n = Object.create(qt)
    return n._tag = mf,
      n.combineInners = t,
      n.combineAll = r,
      n.onPull = () => _O(y()),
      n.onEmit = () => bO,
      n.value = () => e,
      n.k = v,
      n
  },
  wO = p(4, (e, t, r, n) => {
    let o = Object.create(qt)
    return o._tag = mf,
      o.combineInners = r,
      o.combineAll = n,
      o.onPull = () => _O(y()),
      o.onEmit = () => bO,
      o.value = () => e,
      o.k = t,
      o
  })
var xf = p(2, (e, t) => {
    let r = Object.create(qt)
    return r._tag = Zx, r.input = t, r.channel = e, r
  }),
  Zu = p(2, (e, t) => {
    let r = Object.create(qt)
    return r._tag = Xx, r.channel = e, r.finalizer = t, r
  }),
  oi = (e) => yt(Mv(e))
var yt = (e) => lg(() => e),
  lg = (e) => {
    let t = Object.create(qt)
    return t._tag = eg, t.error = e, t
  },
  Ue = p(2, (e, t) => {
    let r = Object.create(qt)
    return r._tag = hf, r.channel = e, r.k = new Qu(t, yt), r
  })
var Qe = (e) => {
    let t = Object.create(qt)
    return t._tag = tg, t.effect = () => e, t
  },
  mr = p(2, (e, t) => {
    let r = Object.create(qt)
    return r._tag = rg, r.left = () => e, r.right = () => t, r
  }),
  Yu = p(2, (e, t) => {
    let r = Object.create(qt)
    return r._tag = ng, r.context = () => t, r.inner = e, r
  })
var Ja = (e) =>
    si({ onInput: e.onInput, onFailure: (t) => ht(s_(t), { onLeft: e.onFailure, onRight: yt }), onDone: e.onDone }),
  si = (e) => {
    let t = Object.create(qt)
    return t._tag = og, t.more = e.onInput, t.done = new Qu(e.onDone, e.onFailure), t
  },
  ii = (e) => Xu(() => e),
  co = (e) => {
    let t = Object.create(qt)
    return t._tag = ig, t.terminal = e, t
  },
  ai = (e) => {
    let t = Object.create(qt)
    return t._tag = ag, t.channel = e, t
  },
  Xu = (e) => {
    let t = Object.create(qt)
    return t._tag = sg, t.evaluate = e, t
  },
  An = co(void 0)
var Ze = (e) => {
  let t = Object.create(qt)
  return t._tag = Yx, t.out = e, t
}
var ci = "Done", ui = "Emit", Jo = "FromEffect", pi = "Read"
var PG = Symbol.for("effect/ChannelState"),
  FG = { _E: (e) => e, _R: (e) => e },
  fg = { [PG]: FG },
  Qa = () => {
    let e = Object.create(fg)
    return e._tag = ci, e
  },
  dg = () => {
    let e = Object.create(fg)
    return e._tag = ui, e
  },
  ep = (e) => {
    let t = Object.create(fg)
    return t._tag = Jo, t.effect = e, t
  },
  mg = (e, t, r, n) => {
    let o = Object.create(fg)
    return o._tag = pi, o.upstream = e, o.onEffect = t, o.onEmit = r, o.onDone = n, o
  }
var yf = (e) => e._tag === Jo
var rL = (e) => yf(e) ? e.effect : J, RO = (e) => yf(e) ? ZD(e.effect) : void 0
var IO = "PullFromChild",
  hg = "PullFromUpstream",
  xg = "DrainChildExecutors",
  AO = "Emit",
  Za = class {
    childExecutor
    parentSubexecutor
    onEmit
    _tag = IO
    constructor(t, r, n) {
      this.childExecutor = t, this.parentSubexecutor = r, this.onEmit = n
    }
    close(t) {
      let r = this.childExecutor.close(t), n = this.parentSubexecutor.close(t)
      return r !== void 0 && n !== void 0
        ? Ka(Ge(r), Ge(n), (o, s) => d(o, Pa(s)))
        : r !== void 0
        ? r
        : n !== void 0
        ? n
        : void 0
    }
    enqueuePullFromChild(t) {
      return this
    }
  },
  li = class e {
    upstreamExecutor
    createChild
    lastDone
    activeChildExecutors
    combineChildResults
    combineWithChildResult
    onPull
    onEmit
    _tag = hg
    constructor(t, r, n, o, s, i, a, c) {
      this.upstreamExecutor = t,
        this.createChild = r,
        this.lastDone = n,
        this.activeChildExecutors = o,
        this.combineChildResults = s,
        this.combineWithChildResult = i,
        this.onPull = a,
        this.onEmit = c
    }
    close(t) {
      let r = this.upstreamExecutor.close(t),
        o = [...this.activeChildExecutors.map((s) => s !== void 0 ? s.childExecutor.close(t) : void 0), r].reduce(
          (s, i) =>
            s !== void 0 && i !== void 0
              ? Ka(s, Ge(i), (a, c) => Pa(a, c))
              : s !== void 0
              ? s
              : i !== void 0
              ? Ge(i)
              : void 0,
          void 0
        )
      return o
    }
    enqueuePullFromChild(t) {
      return new e(
        this.upstreamExecutor,
        this.createChild,
        this.lastDone,
        [...this.activeChildExecutors, t],
        this.combineChildResults,
        this.combineWithChildResult,
        this.onPull,
        this.onEmit
      )
    }
  },
  Ya = class e {
    upstreamExecutor
    lastDone
    activeChildExecutors
    upstreamDone
    combineChildResults
    combineWithChildResult
    onPull
    _tag = xg
    constructor(t, r, n, o, s, i, a) {
      this.upstreamExecutor = t,
        this.lastDone = r,
        this.activeChildExecutors = n,
        this.upstreamDone = o,
        this.combineChildResults = s,
        this.combineWithChildResult = i,
        this.onPull = a
    }
    close(t) {
      let r = this.upstreamExecutor.close(t),
        o = [...this.activeChildExecutors.map((s) => s !== void 0 ? s.childExecutor.close(t) : void 0), r].reduce(
          (s, i) =>
            s !== void 0 && i !== void 0
              ? Ka(s, Ge(i), (a, c) => Pa(a, c))
              : s !== void 0
              ? s
              : i !== void 0
              ? Ge(i)
              : void 0,
          void 0
        )
      return o
    }
    enqueuePullFromChild(t) {
      return new e(
        this.upstreamExecutor,
        this.lastDone,
        [...this.activeChildExecutors, t],
        this.upstreamDone,
        this.combineChildResults,
        this.combineWithChildResult,
        this.onPull
      )
    }
  },
  tp = class {
    value
    next
    _tag = AO
    constructor(t, r) {
      this.value = t, this.next = r
    }
    close(t) {
      let r = this.next.close(t)
      return r
    }
    enqueuePullFromChild(t) {
      return this
    }
  }
var nL = "Pulled", oL = "NoUpstream"
var NG = "effect/ChannelUpstreamPullRequest",
  LG = Symbol.for(NG),
  UG = { _A: (e) => e },
  sL = { [LG]: UG },
  PO = (e) => {
    let t = Object.create(sL)
    return t._tag = nL, t.value = e, t
  },
  iL = (e) => {
    let t = Object.create(sL)
    return t._tag = oL, t.activeDownstreamCount = e, t
  }
var Ef = class e {
    _activeSubexecutor = void 0
    _cancelled = void 0
    _closeLastSubstream = void 0
    _currentChannel
    _done = void 0
    _doneStack = []
    _emitted = void 0
    _executeCloseLastSubstream
    _input = void 0
    _inProgressFinalizer = void 0
    _providedEnv
    constructor(t, r, n) {
      this._currentChannel = t, this._executeCloseLastSubstream = n, this._providedEnv = r
    }
    run() {
      let t
      for (; t === void 0;) {
        if (this._cancelled !== void 0) t = this.processCancellation()
        else if (this._activeSubexecutor !== void 0) t = this.runSubexecutor()
        else {try {
            if (this._currentChannel === void 0) t = Qa()
            else {switch (
                Tn(this._currentChannel) && (this._currentChannel = Qe(this._currentChannel)), this._currentChannel._tag
              )
              {
                case Qx: {
                  t = this.runBracketOut(this._currentChannel)
                  break
                }
                case Zx: {
                  let r = this._currentChannel.input
                  if (this._currentChannel = this._currentChannel.channel, this._input !== void 0) {
                    let n = this._input
                    this._input = void 0
                    let o = () =>
                      q(r.awaitRead(), () =>
                        X(() => {
                          let s = n.run()
                          switch (s._tag) {
                            case ci:
                              return kn(n.getDone(), { onFailure: (i) => r.error(i), onSuccess: (i) => r.done(i) })
                            case ui:
                              return q(r.emit(n.getEmit()), () => o())
                            case Jo:
                              return Zt(s.effect, { onFailure: (i) => r.error(i), onSuccess: () => o() })
                            case pi:
                              return yg(s, () => o(), (i) => r.error(i))
                          }
                        }))
                    t = ep(q(tO(Qt(o())), (s) =>
                      ye(() =>
                        this.addFinalizer((i) =>
                          q($o(s), () =>
                            X(() => {
                              let a = this.restorePipe(i, n)
                              return a !== void 0 ? a : J
                            }))
                        )
                      )))
                  }
                  break
                }
                case mf: {
                  let r = new e(this._currentChannel.value(), this._providedEnv, (o) =>
                    ye(() => {
                      let s = this._closeLastSubstream === void 0 ? J : this._closeLastSubstream
                      this._closeLastSubstream = d(s, de(o))
                    }))
                  r._input = this._input
                  let n = this._currentChannel
                  this._activeSubexecutor = new li(
                    r,
                    (o) => n.k(o),
                    void 0,
                    [],
                    (o, s) => n.combineInners(o, s),
                    (o, s) => n.combineAll(o, s),
                    (o) => n.onPull(o),
                    (o) => n.onEmit(o)
                  ),
                    this._closeLastSubstream = void 0,
                    this._currentChannel = void 0
                  break
                }
                case Yx: {
                  this._emitted = this._currentChannel.out,
                    this._currentChannel = this._activeSubexecutor !== void 0 ? void 0 : An,
                    t = dg()
                  break
                }
                case Xx: {
                  this.runEnsuring(this._currentChannel)
                  break
                }
                case eg: {
                  t = this.doneHalt(this._currentChannel.error())
                  break
                }
                case hf: {
                  this._doneStack.push(this._currentChannel.k), this._currentChannel = this._currentChannel.channel
                  break
                }
                case tg: {
                  let r = this._providedEnv === void 0
                    ? this._currentChannel.effect()
                    : d(this._currentChannel.effect(), $a(this._providedEnv))
                  t = ep(Zt(r, {
                    onFailure: (n) => {
                      let o = this.doneHalt(n)
                      return o !== void 0 && yf(o) ? o.effect : J
                    },
                    onSuccess: (n) => {
                      let o = this.doneSucceed(n)
                      return o !== void 0 && yf(o) ? o.effect : J
                    }
                  }))
                  break
                }
                case rg: {
                  let r = this._input,
                    n = new e(this._currentChannel.left(), this._providedEnv, (o) => this._executeCloseLastSubstream(o))
                  n._input = r,
                    this._input = n,
                    this.addFinalizer((o) => {
                      let s = this.restorePipe(o, r)
                      return s !== void 0 ? s : J
                    }),
                    this._currentChannel = this._currentChannel.right()
                  break
                }
                case ng: {
                  let r = this._providedEnv
                  this._providedEnv = this._currentChannel.context(),
                    this._currentChannel = this._currentChannel.inner,
                    this.addFinalizer(() =>
                      ye(() => {
                        this._providedEnv = r
                      })
                    )
                  break
                }
                case og: {
                  let r = this._currentChannel
                  t = mg(this._input, v, (n) => {
                    try {
                      this._currentChannel = r.more(n)
                    } catch (o) {
                      this._currentChannel = r.done.onExit(YF(o))
                    }
                  }, (n) => {
                    let o = (s) => r.done.onExit(s)
                    this._currentChannel = o(n)
                  })
                  break
                }
                case sg: {
                  t = this.doneSucceed(this._currentChannel.evaluate())
                  break
                }
                case ig: {
                  t = this.doneSucceed(this._currentChannel.terminal)
                  break
                }
                case ag: {
                  this._currentChannel = this._currentChannel.channel()
                  break
                }
              }}
          } catch (r) {
            this._currentChannel = yt(Vl(r))
          }}
      }
      return t
    }
    getDone() {
      return this._done
    }
    getEmit() {
      return this._emitted
    }
    cancelWith(t) {
      this._cancelled = t
    }
    clearInProgressFinalizer() {
      this._inProgressFinalizer = void 0
    }
    storeInProgressFinalizer(t) {
      this._inProgressFinalizer = t
    }
    popAllFinalizers(t) {
      let r = [], n = this._doneStack.pop()
      for (; n;) n._tag === "ContinuationFinalizer" && r.push(n.finalizer), n = this._doneStack.pop()
      let o = r.length === 0 ? J : MO(r, t)
      return this.storeInProgressFinalizer(o), o
    }
    popNextFinalizers() {
      let t = []
      for (; this._doneStack.length !== 0;) {
        let r = this._doneStack[this._doneStack.length - 1]
        if (r._tag === Ju) return t
        t.push(r), this._doneStack.pop()
      }
      return t
    }
    restorePipe(t, r) {
      let n = this._input
      return this._input = r, n !== void 0 ? n.close(t) : J
    }
    close(t) {
      let r, n = this._inProgressFinalizer
      n !== void 0 && (r = d(n, Pr(ye(() => this.clearInProgressFinalizer()))))
      let o, s = this.popAllFinalizers(t)
      s !== void 0 && (o = d(s, Pr(ye(() => this.clearInProgressFinalizer()))))
      let i = this._activeSubexecutor === void 0 ? void 0 : this._activeSubexecutor.close(t)
      if (!(i === void 0 && r === void 0 && o === void 0)) {
        return d(
          Ge(FO(i)),
          Go(Ge(FO(r))),
          Go(Ge(FO(o))),
          Q(([[a, c], u]) => d(a, Pa(c), Pa(u))),
          io,
          q((a) => X(() => a))
        )
      }
    }
    doneSucceed(t) {
      if (this._doneStack.length === 0) return this._done = Vt(t), this._currentChannel = void 0, Qa()
      let r = this._doneStack[this._doneStack.length - 1]
      if (r._tag === Ju) {
        this._doneStack.pop(), this._currentChannel = r.onSuccess(t)
        return
      }
      let n = this.popNextFinalizers()
      if (this._doneStack.length === 0) {
        return this._doneStack = n.reverse(), this._done = Vt(t), this._currentChannel = void 0, Qa()
      }
      let o = MO(n.map((i) => i.finalizer), Vt(t))
      this.storeInProgressFinalizer(o)
      let s = d(o, Pr(ye(() => this.clearInProgressFinalizer())), io, q(() => ye(() => this.doneSucceed(t))))
      return ep(s)
    }
    doneHalt(t) {
      if (this._doneStack.length === 0) return this._done = gt(t), this._currentChannel = void 0, Qa()
      let r = this._doneStack[this._doneStack.length - 1]
      if (r._tag === Ju) {
        this._doneStack.pop()
        try {
          this._currentChannel = r.onHalt(t)
        } catch (i) {
          this._currentChannel = yt(Vl(i))
        }
        return
      }
      let n = this.popNextFinalizers()
      if (this._doneStack.length === 0) {
        return this._doneStack = n.reverse(), this._done = gt(t), this._currentChannel = void 0, Qa()
      }
      let o = MO(n.map((i) => i.finalizer), gt(t))
      this.storeInProgressFinalizer(o)
      let s = d(o, Pr(ye(() => this.clearInProgressFinalizer())), io, q(() => ye(() => this.doneHalt(t))))
      return ep(s)
    }
    processCancellation() {
      return this._currentChannel = void 0, this._done = this._cancelled, this._cancelled = void 0, Qa()
    }
    runBracketOut(t) {
      let r = io(Zt(this.provide(t.acquire()), {
        onFailure: (n) =>
          ye(() => {
            this._currentChannel = yt(n)
          }),
        onSuccess: (n) =>
          ye(() => {
            this.addFinalizer((o) => this.provide(t.finalizer(n, o))), this._currentChannel = Ze(n)
          })
      }))
      return ep(r)
    }
    provide(t) {
      return this._providedEnv === void 0 ? t : d(t, $a(this._providedEnv))
    }
    runEnsuring(t) {
      this.addFinalizer(t.finalizer), this._currentChannel = t.channel
    }
    addFinalizer(t) {
      this._doneStack.push(new Vx(t))
    }
    runSubexecutor() {
      let t = this._activeSubexecutor
      switch (t._tag) {
        case IO:
          return this.pullFromChild(t.childExecutor, t.parentSubexecutor, t.onEmit, t)
        case hg:
          return this.pullFromUpstream(t)
        case xg:
          return this.drainChildExecutors(t)
        case AO:
          return this._emitted = t.value, this._activeSubexecutor = t.next, dg()
      }
    }
    replaceSubexecutor(t) {
      this._currentChannel = void 0, this._activeSubexecutor = t
    }
    finishWithExit(t) {
      let r = kn(t, { onFailure: (n) => this.doneHalt(n), onSuccess: (n) => this.doneSucceed(n) })
      return this._activeSubexecutor = void 0, r === void 0 ? J : rL(r)
    }
    finishSubexecutorWithCloseEffect(t, ...r) {
      this.addFinalizer(() => d(r, dr((o) => d(ye(() => o(t)), q((s) => s !== void 0 ? s : J)), { discard: !0 })))
      let n = d(t, kn({ onFailure: (o) => this.doneHalt(o), onSuccess: (o) => this.doneSucceed(o) }))
      return this._activeSubexecutor = void 0, n
    }
    applyUpstreamPullStrategy(t, r, n) {
      switch (n._tag) {
        case Jx: {
          let o = !t || r.some((s) => s !== void 0)
          return [n.emitSeparator, o ? [void 0, ...r] : r]
        }
        case CO: {
          let o = !t || r.some((s) => s !== void 0)
          return [n.emitSeparator, o ? [...r, void 0] : r]
        }
      }
    }
    pullFromChild(t, r, n, o) {
      return mg(
        t,
        v,
        (s) => {
          let i = n(s)
          switch (i._tag) {
            case Gx:
              break
            case EO: {
              this.finishWithDoneValue(t, r, i.value)
              break
            }
            case SO: {
              let a = r.enqueuePullFromChild(o)
              this.replaceSubexecutor(a)
              break
            }
          }
          this._activeSubexecutor = new tp(s, this._activeSubexecutor)
        },
        kn({
          onFailure: (s) => {
            let i = this.handleSubexecutorFailure(t, r, s)
            return i === void 0 ? void 0 : RO(i)
          },
          onSuccess: (s) => {
            this.finishWithDoneValue(t, r, s)
          }
        })
      )
    }
    finishWithDoneValue(t, r, n) {
      let o = r
      switch (o._tag) {
        case hg: {
          let s = new li(
            o.upstreamExecutor,
            o.createChild,
            o.lastDone !== void 0 ? o.combineChildResults(o.lastDone, n) : n,
            o.activeChildExecutors,
            o.combineChildResults,
            o.combineWithChildResult,
            o.onPull,
            o.onEmit
          )
          this._closeLastSubstream = t.close(Vt(n)), this.replaceSubexecutor(s)
          break
        }
        case xg: {
          let s = new Ya(
            o.upstreamExecutor,
            o.lastDone !== void 0 ? o.combineChildResults(o.lastDone, n) : n,
            o.activeChildExecutors,
            o.upstreamDone,
            o.combineChildResults,
            o.combineWithChildResult,
            o.onPull
          )
          this._closeLastSubstream = t.close(Vt(n)), this.replaceSubexecutor(s)
          break
        }
        default:
          break
      }
    }
    handleSubexecutorFailure(t, r, n) {
      return this.finishSubexecutorWithCloseEffect(gt(n), (o) => r.close(o), (o) => t.close(o))
    }
    pullFromUpstream(t) {
      if (t.activeChildExecutors.length === 0) return this.performPullFromUpstream(t)
      let r = t.activeChildExecutors[0],
        n = new li(
          t.upstreamExecutor,
          t.createChild,
          t.lastDone,
          t.activeChildExecutors.slice(1),
          t.combineChildResults,
          t.combineWithChildResult,
          t.onPull,
          t.onEmit
        )
      if (r === void 0) return this.performPullFromUpstream(n)
      this.replaceSubexecutor(new Za(r.childExecutor, n, r.onEmit))
    }
    performPullFromUpstream(t) {
      return mg(t.upstreamExecutor, (r) => {
        let n = this._closeLastSubstream === void 0 ? J : this._closeLastSubstream
        return this._closeLastSubstream = void 0, d(this._executeCloseLastSubstream(n), de(r))
      }, (r) => {
        if (this._closeLastSubstream !== void 0) {
          let i = this._closeLastSubstream
          return this._closeLastSubstream = void 0,
            d(
              this._executeCloseLastSubstream(i),
              Q(() => {
                let a = new e(t.createChild(r), this._providedEnv, this._executeCloseLastSubstream)
                a._input = this._input
                let [c, u] = this.applyUpstreamPullStrategy(!1, t.activeChildExecutors, t.onPull(PO(r)))
                this._activeSubexecutor = new Za(
                  a,
                  new li(
                    t.upstreamExecutor,
                    t.createChild,
                    t.lastDone,
                    u,
                    t.combineChildResults,
                    t.combineWithChildResult,
                    t.onPull,
                    t.onEmit
                  ),
                  t.onEmit
                ), V(c) && (this._activeSubexecutor = new tp(c.value, this._activeSubexecutor))
              })
            )
        }
        let n = new e(t.createChild(r), this._providedEnv, this._executeCloseLastSubstream)
        n._input = this._input
        let [o, s] = this.applyUpstreamPullStrategy(!1, t.activeChildExecutors, t.onPull(PO(r)))
        this._activeSubexecutor = new Za(
          n,
          new li(
            t.upstreamExecutor,
            t.createChild,
            t.lastDone,
            s,
            t.combineChildResults,
            t.combineWithChildResult,
            t.onPull,
            t.onEmit
          ),
          t.onEmit
        ), V(o) && (this._activeSubexecutor = new tp(o.value, this._activeSubexecutor))
      }, (r) => {
        if (t.activeChildExecutors.some((s) => s !== void 0)) {
          let s = new Ya(
            t.upstreamExecutor,
            t.lastDone,
            [void 0, ...t.activeChildExecutors],
            t.upstreamExecutor.getDone(),
            t.combineChildResults,
            t.combineWithChildResult,
            t.onPull
          )
          if (this._closeLastSubstream !== void 0) {
            let i = this._closeLastSubstream
            return this._closeLastSubstream = void 0,
              d(this._executeCloseLastSubstream(i), Q(() => this.replaceSubexecutor(s)))
          }
          this.replaceSubexecutor(s)
          return
        }
        let n = this._closeLastSubstream,
          o = this.finishSubexecutorWithCloseEffect(
            d(r, XF((s) => t.combineWithChildResult(t.lastDone, s))),
            () => n,
            (s) => t.upstreamExecutor.close(s)
          )
        return o === void 0 ? void 0 : RO(o)
      })
    }
    drainChildExecutors(t) {
      if (t.activeChildExecutors.length === 0) {
        let s = this._closeLastSubstream
        return s !== void 0 && this.addFinalizer(() => se(s)),
          this.finishSubexecutorWithCloseEffect(t.upstreamDone, () => s, (i) => t.upstreamExecutor.close(i))
      }
      let r = t.activeChildExecutors[0], n = t.activeChildExecutors.slice(1)
      if (r === void 0) {
        let [s, i] = this.applyUpstreamPullStrategy(
          !0,
          n,
          t.onPull(iL(n.reduce((a, c) => c !== void 0 ? a + 1 : a, 0)))
        )
        return this.replaceSubexecutor(
          new Ya(
            t.upstreamExecutor,
            t.lastDone,
            i,
            t.upstreamDone,
            t.combineChildResults,
            t.combineWithChildResult,
            t.onPull
          )
        ),
          V(s) ? (this._emitted = s.value, dg()) : void 0
      }
      let o = new Ya(
        t.upstreamExecutor,
        t.lastDone,
        n,
        t.upstreamDone,
        t.combineChildResults,
        t.combineWithChildResult,
        t.onPull
      )
      this.replaceSubexecutor(new Za(r.childExecutor, o, r.onEmit))
    }
  },
  FO = (e) => e !== void 0 ? e : J,
  MO = (e, t) => d(dr(e, (r) => Ge(r(t))), Q((r) => d(ZF(r), ge(() => Tu))), q((r) => X(() => r))),
  yg = (e, t, r) => {
    let n = [e],
      o = () => {
        let s = n.pop()
        if (s === void 0 || s.upstream === void 0) return Nx("Unexpected end of input for channel execution")
        let i = s.upstream.run()
        switch (i._tag) {
          case ui: {
            let a = s.onEmit(s.upstream.getEmit())
            return n.length === 0
              ? a === void 0 ? X(t) : d(a, Zt({ onFailure: r, onSuccess: t }))
              : a === void 0
              ? X(() => o())
              : d(a, Zt({ onFailure: r, onSuccess: () => o() }))
          }
          case ci: {
            let a = s.onDone(s.upstream.getDone())
            return n.length === 0
              ? a === void 0 ? X(t) : d(a, Zt({ onFailure: r, onSuccess: t }))
              : a === void 0
              ? X(() => o())
              : d(a, Zt({ onFailure: r, onSuccess: () => o() }))
          }
          case Jo:
            return n.push(s),
              d(
                s.onEffect(i.effect),
                Wa((a) =>
                  X(() => {
                    let c = s.onDone(gt(a))
                    return c === void 0 ? J : c
                  })
                ),
                Zt({ onFailure: r, onSuccess: () => o() })
              )
          case pi:
            return n.push(s), n.push(i), X(() => o())
        }
      }
    return o()
  },
  aL = p(2, (e, t) => {
    let r = (n, o, s) =>
      X_(ye(() => new Ef(e, void 0, v)), (i) => X(() => gg(i.run(), i).pipe(nO(n), de(it(n)), aO(it(o)))), (i, a) => {
        let c = i.close(a)
        return c === void 0 ? J : $u(c, (u) => qa(s, Ut(u)))
      })
    return za((n) =>
      of([dx(t, du), fr(), fr()]).pipe(q(([o, s, i]) =>
        n(r(s, i, o)).pipe(
          Xr(t),
          q((a) =>
            t.addFinalizer((c) => {
              let u = wu(c) ? Uv(c.cause) : void 0
              return nf(s).pipe(q((l) =>
                l
                  ? Yr(i, void 0).pipe(de(hx(a)), de(E_(a)))
                  : Yr(i, void 0).pipe(de(u && Vi(u) > 0 ? F0(a, DI(u)) : $o(a)), de(E_(a)))
              ))
            }).pipe(de(n(it(s))))
          )
        )
      ))
    )
  }),
  gg = (e, t) => {
    let r = e
    switch (r._tag) {
      case Jo:
        return d(r.effect, q(() => gg(t.run(), t)))
      case ui:
        return gg(t.run(), t)
      case ci:
        return X(() => t.getDone())
      case pi:
        return yg(r, () => gg(t.run(), t), Ut)
    }
  }
var vO = "Done", cL = "Await"
var WG = "effect/ChannelMergeDecision",
  BG = Symbol.for(WG),
  zG = { [BG]: { _R: (e) => e, _E0: (e) => e, _Z0: (e) => e, _E: (e) => e, _Z: (e) => e } }
var DO = (e) => {
  let t = Object.create(zG)
  return t._tag = cL, t.f = e, t
}
var Eg = "BothRunning", Sg = "LeftDone", bg = "RightDone"
var jG = "effect/ChannelMergeState",
  lL = Symbol.for(jG),
  NO = { [lL]: lL },
  Cg = (e, t) => {
    let r = Object.create(NO)
    return r._tag = Eg, r.left = e, r.right = t, r
  },
  LO = (e) => {
    let t = Object.create(NO)
    return t._tag = Sg, t.f = e, t
  },
  UO = (e) => {
    let t = Object.create(NO)
    return t._tag = bg, t.f = e, t
  }
var qO = "BackPressure", HO = "BufferSliding"
var VG = "effect/ChannelMergeStrategy",
  fL = Symbol.for(VG),
  dL = { [fL]: fL },
  mL = (e) => {
    let t = Object.create(dL)
    return t._tag = qO, t
  },
  hL = (e) => {
    let t = Object.create(dL)
    return t._tag = HO, t
  }
var xL = p(2, (e, { onBackPressure: t, onBufferSliding: r }) => {
  switch (e._tag) {
    case qO:
      return t()
    case HO:
      return r()
  }
})
var rp = "Empty",
  Sf = "Emit",
  bf = "Error",
  Cf = "Done",
  yL = (e) => ({ _tag: rp, notifyProducer: e }),
  WO = (e) => ({ _tag: Sf, notifyConsumers: e }),
  JG = (e) => ({ _tag: bf, cause: e }),
  QG = (e) => ({ _tag: Cf, done: e }),
  BO = class {
    ref
    constructor(t) {
      this.ref = t
    }
    awaitRead() {
      return Ko(Ia(this.ref, (t) => t._tag === rp ? [it(t.notifyProducer), t] : [J, t]))
    }
    get close() {
      return rN((t) => this.error(vv(t)))
    }
    done(t) {
      return Ko(Ia(this.ref, (r) => {
        switch (r._tag) {
          case rp:
            return [it(r.notifyProducer), r]
          case Sf:
            return [dr(r.notifyConsumers, (n) => Yr(n, w(t)), { discard: !0 }), QG(t)]
          case bf:
            return [Ba, r]
          case Cf:
            return [Ba, r]
        }
      }))
    }
    emit(t) {
      return q(fr(), (r) =>
        Ko(Ia(this.ref, (n) => {
          switch (n._tag) {
            case rp:
              return [it(n.notifyProducer), n]
            case Sf: {
              let o = n.notifyConsumers[0], s = n.notifyConsumers.slice(1)
              if (o !== void 0) return [Yr(o, P(t)), s.length === 0 ? yL(r) : WO(s)]
              throw new Error(
                "Bug: Channel.SingleProducerAsyncInput.emit - Queue was empty! please report an issue at https://github.com/Effect-TS/effect/issues"
              )
            }
            case bf:
              return [Ba, n]
            case Cf:
              return [Ba, n]
          }
        })))
    }
    error(t) {
      return Ko(Ia(this.ref, (r) => {
        switch (r._tag) {
          case rp:
            return [it(r.notifyProducer), r]
          case Sf:
            return [dr(r.notifyConsumers, (n) => rf(n, t), { discard: !0 }), JG(t)]
          case bf:
            return [Ba, r]
          case Cf:
            return [Ba, r]
        }
      }))
    }
    get take() {
      return this.takeWith((t) => gt(La(t, w)), (t) => Vt(t), (t) => Aa(P(t)))
    }
    takeWith(t, r, n) {
      return q(fr(), (o) =>
        Ko(Ia(this.ref, (s) => {
          switch (s._tag) {
            case rp:
              return [
                de(Yr(s.notifyProducer, void 0), lf(it(o), { onFailure: t, onSuccess: ht({ onLeft: n, onRight: r }) })),
                WO([o])
              ]
            case Sf:
              return [
                lf(it(o), { onFailure: t, onSuccess: ht({ onLeft: n, onRight: r }) }),
                WO([...s.notifyConsumers, o])
              ]
            case bf:
              return [se(t(s.cause)), s]
            case Cf:
              return [se(n(s.done)), s]
          }
        })))
    }
  },
  zO = () => d(fr(), q((e) => Ra(yL(e))), Q((e) => new BO(e)))
var $O = (e, t, r) =>
    Ue(Qe(Ra(() => J)), (n) => d(Qe(io(Rn(e, (o) => SF(n, (s) => r(o, s))))), Ue(t), Zu((o) => q(Nh(n), (s) => s(o))))),
  KO = p(2, (e, t) => Of(e, () => t))
var _f = p(2, (e, t) => wO(e, t, () => {}, () => {}))
var Og = (e) => {
  let t = si({ onInput: () => t, onFailure: yt, onDone: ii })
  return mr(e, t)
}
var op = p(2, (e, t) => Zu(e, () => t))
var CL = (e) => Ue(e, v)
var kg = (e) => Pn(e.takeWith(yt, (t) => Ue(Ze(t), () => kg(e)), ii))
var Of = p(2, (e, t) => Ue(e, (r) => Xu(() => t(r))))
var wg = p(2, (e, t) => GO(e, La(t))),
  GO = p(2, (e, t) => ug(e, (r) => yt(t(r)))),
  Tg = p(2, (e, t) => {
    let r = Ja({ onInput: (n) => Ue(Ze(t(n)), () => r), onFailure: oi, onDone: co })
    return mr(e, r)
  })
var _L = (e) => (t) => OL(e)(t, Ur)
var OL = ({ bufferSize: e = 16, concurrency: t, mergeStrategy: r = mL() }) => (n, o) =>
    kf((s) =>
      Jt(function*() {
        let i = t === "unbounded" ? Number.MAX_SAFE_INTEGER : t, a = yield* zO(), c = kg(a), u = yield* $N(e)
        yield* qa(s, yO(u))
        let l = yield* df()
        yield* qa(s, yO(l))
        let f = yield* Ra(y()), m = yield* fr(), h = (yield* sO(i)).withPermits, x = yield* np(mr(c, n), s)
        function b(k) {
          return k.pipe(
            q(ht({ onLeft: (F) => se(S(F)), onRight: (F) => ni(Vo(u, se(P(F))), y()) })),
            Wx({ until: (F) => V(F) }),
            q((F) => bF(f, pe({ onNone: () => S(F.value), onSome: (O) => S(o(O, F.value)) }))),
            Wa((F) => Jl(F) ? Ut(F) : Vo(u, Ut(F)).pipe(de(Yr(m, void 0)), Y_))
          )
        }
        yield* x.pipe(
          Zt({
            onFailure: (k) => Vo(u, Ut(k)).pipe(de(se(!1))),
            onSuccess: ht({
              onLeft: (k) =>
                Hx(Qt(it(m)), Qt(h(i)(J)), {
                  onSelfDone: (F, O) => ni($o(O), !1),
                  onOtherDone: (F, O) =>
                    de(
                      $o(O),
                      Nh(f).pipe(
                        q(pe({
                          onNone: () => Vo(u, se(w(k))),
                          onSome: (N) => Vo(u, se(w(o(N, k))))
                        })),
                        ni(!1)
                      )
                    )
                }),
              onRight: (k) =>
                xL(r, {
                  onBackPressure: () =>
                    Jt(function*() {
                      let F = yield* fr(),
                        O = Ux((L) => np(mr(c, k), L).pipe(q((U) => qx(Ge(b(U)), Ge(Qt(it(m))))), q(v)))
                      return yield* Yr(F, void 0).pipe(de(O), h(1), Xr(s)), yield* it(F), !(yield* nf(m))
                    }),
                  onBufferSliding: () =>
                    Jt(function*() {
                      let F = yield* fr(), O = yield* fr(), N = yield* jN(l)
                      yield* Vu(l).pipe(q((W) => Yr(W, void 0)), oO(() => N >= i)), yield* Vo(l, F)
                      let L = Ux((W) =>
                        np(mr(c, k), W).pipe(q((K) => Ge(b(K)).pipe(qx(Ge(Qt(it(m)))), qx(Ge(Qt(it(F)))))), q(v))
                      )
                      return yield* Yr(O, void 0).pipe(de(L), h(1), Xr(s)), yield* it(O), !(yield* nf(m))
                    })
                })
            })
          }),
          Wx({ while: (k) => k }),
          Xr(s)
        )
        let C = d(
          Vu(u),
          Ko,
          lf({ onFailure: yt, onSuccess: ht({ onLeft: co, onRight: (k) => Ue(Ze(k), () => C) }) }),
          Pn
        )
        return xf(C, a)
      })
    ),
  Rg = p(3, (e, t, r) => _L(r)(Tg(e, t)))
var Ig = p(2, (e, t) => {
  function r(n) {
    return Jt(function*() {
      let o = yield* zO(), s = kg(o), i = yield* np(mr(s, e), n), a = yield* np(mr(s, t.other), n)
      function c(l, f, m) {
        return (h, x, b) => {
          function C(k) {
            let F = k
            return F._tag === vO
              ? se(Qe(de($o(f), F.effect)))
              : Q(
                hx(f),
                kn({
                  onFailure: (O) => Qe(F.f(gt(O))),
                  onSuccess: ht({ onLeft: (O) => Qe(F.f(Vt(O))), onRight: (O) => Tf(Ze(O), u(b(F.f))) })
                })
              )
          }
          return kn(l, {
            onFailure: (k) => C(h(gt(k))),
            onSuccess: ht({
              onLeft: (k) => C(h(Vt(k))),
              onRight: (k) => se(Ue(Ze(k), () => Ue(Qe(Xr(Qt(m), n)), (F) => u(x(F, f)))))
            })
          })
        }
      }
      function u(l) {
        switch (l._tag) {
          case Eg: {
            let f = Qt(S_(l.left)), m = Qt(S_(l.right))
            return Pn(
              Hx(f, m, {
                onSelfDone: (h, x) => de($o(x), c(h, l.right, i)(t.onSelfDone, Cg, (b) => LO(b))),
                onOtherDone: (h, x) => de($o(x), c(h, l.left, a)(t.onOtherDone, (b, C) => Cg(C, b), (b) => UO(b)))
              })
            )
          }
          case Sg:
            return Pn(
              Q(
                Ge(a),
                kn({
                  onFailure: (f) => Qe(l.f(gt(f))),
                  onSuccess: ht({ onLeft: (f) => Qe(l.f(Vt(f))), onRight: (f) => Ue(Ze(f), () => u(LO(l.f))) })
                })
              )
            )
          case bg:
            return Pn(
              Q(
                Ge(i),
                kn({
                  onFailure: (f) => Qe(l.f(gt(f))),
                  onSuccess: ht({ onLeft: (f) => Qe(l.f(Vt(f))), onRight: (f) => Ue(Ze(f), () => u(UO(l.f))) })
                })
              )
            )
        }
      }
      return Qe(sf((l) => {
        let f = sf((x) => (x.transferChildren(l.scope()), J)),
          m = Qt(i).pipe(Pr(f), Xr(n)),
          h = Qt(a).pipe(Pr(f), Xr(n))
        return Ka(m, h, (x, b) => Cg(x, b))
      })).pipe(Ue(u), xf(o))
    })
  }
  return kf(r)
})
var Ag = p(2, (e, t) =>
  ai(() => {
    let r,
      n = Ja({ onInput: (s) => Ue(Ze(s), () => n), onFailure: (s) => (r = TL(s), yt(Vl(r))), onDone: co }),
      o = si({
        onInput: (s) => d(Ze(s), Ue(() => o)),
        onFailure: (s) => Nv(s) && RL(s.defect) && A(s.defect, r) ? oi(s.defect.error) : yt(s),
        onDone: co
      })
    return mr(mr(mr(e, n), t), o)
  }))
var VO = (e) => Ux((t) => aL(e, t))
var JO = (e) => VO(Og(e))
var Pg = (e) => Pn(za((t) => Q(mx(), (r) => kO($u(t(fx(e, r)), (n) => ei(r, gt(n))), (n, o) => ei(r, o))))),
  QO = (e) => Fg(Q(Lx, (t) => Ue(Qe(e(t)), Ze)))
var np = p(2, (e, t) =>
    Go(ye(() => new Ef(e, void 0, v)), Bx()).pipe(
      Rn(([r, n]) =>
        m0(t, (o) => {
          let s = r.close(o)
          return s !== void 0 ? $a(s, n) : J
        })
      ),
      io,
      Q(([r]) => X(() => jO(r.run(), r)))
    )),
  jO = (e, t) => {
    let r = e
    switch (r._tag) {
      case ci:
        return kn(t.getDone(), { onFailure: Ut, onSuccess: (n) => se(w(n)) })
      case ui:
        return se(P(t.getEmit()))
      case Jo:
        return d(r.effect, q(() => jO(t.run(), t)))
      case pi:
        return yg(r, () => jO(t.run(), t), (n) => Ut(n))
    }
  }
var Pn = (e) => CL(Qe(e)),
  Fg = (e) => pg(Pg(e), (t, r) => t, (t, r) => t),
  kf = (e) => pg(QO(e), (t, r) => t, (t, r) => t)
var Mg = function() {
  let e = typeof arguments[0] != "string",
    t = e ? arguments[1] : arguments[0],
    r = Uo(e ? arguments[2] : arguments[1]),
    n = of([fN(t, r), pf(), nN, CN(ON)])
  if (e) {
    let o = arguments[0]
    return $O(n, ([s, i]) => Yu(o, kt(i, Cn, s)), ([s, , i, a], c) => Fl(s, c, i, a))
  }
  return (o) => $O(n, ([s, i]) => Yu(o, kt(i, Cn, s)), ([s, , i, a], c) => Fl(s, c, i, a))
}
var wf = (e) => kL(0, e.length, e),
  kL = (e, t, r) => e === t ? An : d(Ze(d(r, zr(e))), Ue(() => kL(e + 1, t, r))),
  wL = p((e) => cg(e[1]), (e, t, r) =>
    r?.concurrent
      ? Ig(e, {
        other: t,
        onSelfDone: (n) => DO((o) => X(() => aC(n, o))),
        onOtherDone: (n) => DO((o) => X(() => aC(o, n)))
      })
      : Ue(e, (n) => Of(t, (o) => [n, o])))
var Tf = p(
    (e) => cg(e[1]),
    (e, t, r) => r?.concurrent ? Of(wL(e, t, { concurrent: !0 }), (n) => n[1]) : Ue(e, () => t)
  ),
  _g = Symbol.for("effect/Channel/ChannelException"),
  TL = (e) => ({ _tag: "ChannelException", [_g]: _g, error: e }),
  RL = (e) => I(e, _g)
var FL = Symbol.for("effect/Sink"),
  mV = { _A: (e) => e, _In: (e) => e, _L: (e) => e, _E: (e) => e, _R: (e) => e },
  Xa = class {
    channel;
    [FL] = mV
    constructor(t) {
      this.channel = t
    }
    pipe() {
      return E(this, arguments)
    }
  }
var ML = (e) => new Xa(ai(() => Rf(e())))
var YO = () => new Xa(vL(Me())), vL = (e) => si({ onInput: (t) => vL(d(e, nt(t))), onFailure: yt, onDone: () => ii(e) })
var XO = (e, t, r) => ML(() => new Xa(DL(e, t, r))),
  DL = (e, t, r) =>
    t(e)
      ? Ja({
        onInput: (n) => {
          let [o, s] = NL(e, n, t, r, 0, n.length)
          return mt(s) ? d(Ze(s), KO(o)) : DL(o, t, r)
        },
        onFailure: oi,
        onDone: () => co(e)
      })
      : co(e),
  NL = (e, t, r, n, o, s) => {
    if (o === s) return [e, Me()]
    let i = n(e, d(t, zr(o)))
    return r(i) ? NL(i, t, r, n, o + 1, s) : [i, d(t, Nc(o + 1))]
  }
var ek = (e) => new Xa(e), tk = (e) => new Xa(Qe(e))
var Rf = (e) => Tn(e) ? Rf(tk(e)) : e.channel
var HV = "effect/Stream",
  rk = Symbol.for(HV),
  WV = { _R: (e) => e, _E: (e) => e, _A: (e) => e },
  xr = class {
    channel;
    [rk] = WV
    constructor(t) {
      this.channel = t
    }
    pipe() {
      return E(this, arguments)
    }
  },
  HL = (e) => I(e, rk) || Tn(e)
var WL = p(2, (e, t) => new xr(d(hr(e), op(t))))
var BL = (e) => ok(fe(S(e)))
var zL = p((e) => HL(e[0]), (e, t, r) => {
    let n = r?.bufferSize ?? 16
    return r?.switch
      ? UL(r?.concurrency, () => qL(e, 1, n, t), (o) => qL(e, o, n, t))
      : UL(
        r?.concurrency,
        () => new xr(_f(hr(e), (o) => d(o, Bd((s) => hr(t(s))), vE(An, (s, i) => d(s, Tf(i)))))),
        (o) => new xr(d(hr(e), _f(wf), Rg((s) => hr(t(s)), r)))
      )
  }),
  UL = (e, t, r) => {
    switch (e) {
      case void 0:
        return t()
      case "unbounded":
        return r(Number.MAX_SAFE_INTEGER)
      default:
        return e > 1 ? r(e) : t()
    }
  },
  qL = p(
    4,
    (e, t, r, n) =>
      new xr(d(hr(e), _f(wf), Rg((o) => hr(n(o)), { concurrency: t, mergeStrategy: hL(), bufferSize: r })))
  ),
  nk = p((e) => HL(e[0]), (e, t) => zL(e, v, t))
var $L = (e) => new xr(e),
  hr = (e) => {
    if ("channel" in e) return e.channel
    if (Tn(e)) return hr(vg(e))
    throw new TypeError("Expected a Stream.")
  }
var vg = (e) => d(e, ao(S), ok),
  ok = (e) => new xr(Pn(aN(e, { onFailure: pe({ onNone: () => An, onSome: oi }), onSuccess: (t) => Ze(be(t)) })))
var jL = (...e) => {
  let t = e.length === 1 ? e[0].evaluate : e[0],
    r = e.length === 1 ? e[0].onError : e[1],
    n = e.length === 1 ? e[0].releaseLockOnEnd === !0 : !1
  return ck(
    Q(
      cf(ye(() => t().getReader()), (o) => n ? ye(() => o.releaseLock()) : QD(() => o.cancel())),
      (o) => ik(q(ri({ try: () => o.read(), catch: (s) => S(r(s)) }), ({ done: s, value: i }) => s ? fe(y()) : se(i)))
    )
  )
}
var KL = p(2, (e, t) => new xr(d(hr(e), wg(t))))
var sk = (e) => QL(e, (t) => d(Q(t, (r) => S([r, t])), af(pe({ onNone: () => se(y()), onSome: fe })))),
  ik = (e) => sk(d(e, Q(be)))
var Dg = p(2, (e, t) => hr(e).pipe(Ag(Rf(t)), JO)), GL = (e) => Dg(e, YO())
var VL = p(4, (e, t, r, n) => Dg(e, XO(t, r, n)))
var JL = (e) => new xr(op(Pg(d(e, Q(be))), J))
var ak = (e) => new xr(ai(() => hr(e())))
var QL = (e, t) =>
  ak(() => {
    let r = (n) => Pn(Q(t(n), pe({ onNone: () => An, onSome: ([o, s]) => Ue(Ze(o), () => r(s)) })))
    return new xr(r(e))
  })
var ZL = (e) => nk(vg(e)), ck = (e) => nk(JL(e))
var YL = function() {
  let e = typeof arguments[0] != "string", t = e ? arguments[1] : arguments[0], r = Uo(e ? arguments[2] : arguments[1])
  if (e) {
    let n = arguments[0]
    return new xr(Mg(hr(n), t, r))
  }
  return (n) => new xr(Mg(hr(n), t, r))
}
var XL = WL
var e2 = BL
var t2 = $L
var r2 = vg
var n2 = jL
var Ng = KL
var o2 = sk, s2 = ik
var i2 = Dg, a2 = GL
var c2 = VL
var u2 = ak
var uk = ZL, pk = ck
var p2 = YL
var l2 = ef
var f2 = sD
var d2 = iD
var m2 = Wu, lk = D_
var h2 = cD
var x2 = uD
var fk = mD
var y2 = new TextEncoder()
var dk = (e) => {
  let t = e.length, r = "", n
  for (n = 2; n < t; n += 3) {
    r += Qo[e[n - 2] >> 2],
      r += Qo[(e[n - 2] & 3) << 4 | e[n - 1] >> 4],
      r += Qo[(e[n - 1] & 15) << 2 | e[n] >> 6],
      r += Qo[e[n] & 63]
  }
  return n === t + 1 && (r += Qo[e[n - 2] >> 2], r += Qo[(e[n - 2] & 3) << 4], r += "=="),
    n === t &&
    (r += Qo[e[n - 2] >> 2], r += Qo[(e[n - 2] & 3) << 4 | e[n - 1] >> 4], r += Qo[(e[n - 1] & 15) << 2], r += "="),
    r
}
var Qo = [
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "I",
  "J",
  "K",
  "L",
  "M",
  "N",
  "O",
  "P",
  "Q",
  "R",
  "S",
  "T",
  "U",
  "V",
  "W",
  "X",
  "Y",
  "Z",
  "a",
  "b",
  "c",
  "d",
  "e",
  "f",
  "g",
  "h",
  "i",
  "j",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "w",
  "x",
  "y",
  "z",
  "0",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "8",
  "9",
  "+",
  "/"
]
var E2 = (e) => typeof e == "string" ? dk(y2.encode(e)) : dk(e)
var mk = (e, t) => {
    switch (t._tag) {
      case "StringKeyword":
      case "TemplateLiteral":
        return Object.keys(e)
      case "SymbolKeyword":
        return Object.getOwnPropertySymbols(e)
      case "Refinement":
        return mk(e, t.from)
    }
  },
  If = (e) => {
    let t = !1, r
    return () => (t || (r = e(), t = !0), r)
  },
  Lg = (e) => Array.isArray(e),
  b2 = (e) => !Array.isArray(e),
  S2 = (e) => `[${cs(e)}]`,
  Ug = (e) => Lg(e) ? e.map(S2).join("") : S2(e)
var di = (e, t, r, n) => {
  let o = e
  return r && Ce(r) && (o += `
at path: ${Ug(r)}`),
    t !== void 0 && (o += `
details: ${t}`),
    n && (o += `
schema (${n._tag}): ${n}`),
    o
}
var hk = (e, t, r) => di("Unsupported schema or overlapping types", `cannot extend ${e} with ${t}`, r)
var C2 = (e) => di("Unsupported key schema", void 0, void 0, e),
  _2 = (e) => di("Unsupported literal", `literal value: ${Cr(e)}`),
  xk = (e) => di("Duplicate index signature", `${e} index signature`),
  O2 = di(
    "Unsupported index signature parameter",
    "An index signature parameter type must be `string`, `symbol`, a template literal type or a refinement of the previous types"
  ),
  k2 = di("Invalid element", "A required element cannot follow an optional element. ts(1257)"),
  gk = (e) => di("Duplicate property signature transformation", `Duplicate key ${Cr(e)}`)
var Hg = (e) => di("Duplicate property signature", `Duplicate key ${Cr(e)}`)
var T2 = Symbol.for("effect/SchemaId/DateFromSelf")
var R2 = Symbol.for("effect/SchemaId/Int")
var A2 = Symbol.for("effect/annotation/TypeConstructor"),
  Fk = Symbol.for("effect/annotation/Brand"),
  P2 = Symbol.for("effect/annotation/SchemaId"),
  Mk = Symbol.for("effect/annotation/Message"),
  Bg = Symbol.for("effect/annotation/MissingMessage"),
  Ff = Symbol.for("effect/annotation/Identifier"),
  gr = Symbol.for("effect/annotation/Title"),
  sc = Symbol.for("effect/annotation/AutoTitle"),
  Yo = Symbol.for("effect/annotation/Description"),
  vk = Symbol.for("effect/annotation/Examples"),
  Dk = Symbol.for("effect/annotation/Default"),
  Nk = Symbol.for("effect/annotation/JSONSchema"),
  Lk = Symbol.for("effect/annotation/Arbitrary"),
  Uk = Symbol.for("effect/annotation/Pretty"),
  qk = Symbol.for("effect/annotation/Equivalence"),
  F2 = Symbol.for("effect/annotation/Documentation"),
  Hk = Symbol.for("effect/annotation/Concurrency"),
  Wk = Symbol.for("effect/annotation/Batching"),
  Bk = Symbol.for("effect/annotation/ParseIssueTitle"),
  zk = Symbol.for("effect/annotation/ParseOptions"),
  $k = Symbol.for("effect/annotation/DecodingFallback"),
  Mf = Symbol.for("effect/annotation/Surrogate"),
  M2 = Symbol.for("effect/annotation/StableFilter"),
  Ht = p(2, (e, t) => Object.prototype.hasOwnProperty.call(e.annotations, t) ? S(e.annotations[t]) : y())
var jk = Ht(Fk)
var v2 = Ht(Mk), D2 = Ht(Bg), Kk = Ht(gr), Gk = Ht(sc), vf = Ht(Ff), Vk = Ht(Yo)
var N2 = Ht(Hk),
  L2 = Ht(Wk),
  U2 = Ht(Bk),
  zg = Ht(zk),
  $g = Ht($k),
  Df = Ht(Mf),
  GV = Ht(M2),
  Jk = (e) => nR(GV(e), (t) => t === !0),
  Qk = Symbol.for("effect/annotation/JSONIdentifier"),
  VV = Ht(Qk),
  JV = (e) => qr(VV(e), () => vf(e))
var ec = class {
    typeParameters
    decodeUnknown
    encodeUnknown
    annotations
    _tag = "Declaration"
    constructor(t, r, n, o = {}) {
      this.typeParameters = t, this.decodeUnknown = r, this.encodeUnknown = n, this.annotations = o
    }
    toString() {
      return ge(po(this), () => "<declaration schema>")
    }
    toJSON() {
      return {
        _tag: this._tag,
        typeParameters: this.typeParameters.map((t) => t.toJSON()),
        annotations: ze(this.annotations)
      }
    }
  },
  Mn = (e) => (t) => t._tag === e,
  q2 = Mn("Declaration"),
  mi = class {
    literal
    annotations
    _tag = "Literal"
    constructor(t, r = {}) {
      this.literal = t, this.annotations = r
    }
    toString() {
      return ge(po(this), () => Cr(this.literal))
    }
    toJSON() {
      return {
        _tag: this._tag,
        literal: ss(this.literal) ? String(this.literal) : this.literal,
        annotations: ze(this.annotations)
      }
    }
  },
  rn = Mn("Literal"),
  H2 = new mi(null)
var Af = class {
  symbol
  annotations
  _tag = "UniqueSymbol"
  constructor(t, r = {}) {
    this.symbol = t, this.annotations = r
  }
  toString() {
    return ge(po(this), () => Cr(this.symbol))
  }
  toJSON() {
    return { _tag: this._tag, symbol: String(this.symbol), annotations: ze(this.annotations) }
  }
}
var Ek = class {
    annotations
    _tag = "UndefinedKeyword"
    constructor(t = {}) {
      this.annotations = t
    }
    toString() {
      return vn(this)
    }
    toJSON() {
      return { _tag: this._tag, annotations: ze(this.annotations) }
    }
  },
  jg = new Ek({ [gr]: "undefined" }),
  W2 = Mn("UndefinedKeyword"),
  Sk = class {
    annotations
    _tag = "VoidKeyword"
    constructor(t = {}) {
      this.annotations = t
    }
    toString() {
      return vn(this)
    }
    toJSON() {
      return { _tag: this._tag, annotations: ze(this.annotations) }
    }
  },
  QV = new Sk({ [gr]: "void" })
var bk = class {
    annotations
    _tag = "NeverKeyword"
    constructor(t = {}) {
      this.annotations = t
    }
    toString() {
      return vn(this)
    }
    toJSON() {
      return { _tag: this._tag, annotations: ze(this.annotations) }
    }
  },
  Kg = new bk({ [gr]: "never" })
var Ck = class {
    annotations
    _tag = "UnknownKeyword"
    constructor(t = {}) {
      this.annotations = t
    }
    toString() {
      return vn(this)
    }
    toJSON() {
      return { _tag: this._tag, annotations: ze(this.annotations) }
    }
  },
  Zk = new Ck({ [gr]: "unknown" })
var _k = class {
    annotations
    _tag = "AnyKeyword"
    constructor(t = {}) {
      this.annotations = t
    }
    toString() {
      return vn(this)
    }
    toJSON() {
      return { _tag: this._tag, annotations: ze(this.annotations) }
    }
  },
  B2 = new _k({ [gr]: "any" })
var Ok = class {
    annotations
    _tag = "StringKeyword"
    constructor(t = {}) {
      this.annotations = t
    }
    toString() {
      return vn(this)
    }
    toJSON() {
      return { _tag: this._tag, annotations: ze(this.annotations) }
    }
  },
  Gg = new Ok({ [gr]: "string", [Yo]: "a string" }),
  hi = Mn("StringKeyword"),
  kk = class {
    annotations
    _tag = "NumberKeyword"
    constructor(t = {}) {
      this.annotations = t
    }
    toString() {
      return vn(this)
    }
    toJSON() {
      return { _tag: this._tag, annotations: ze(this.annotations) }
    }
  },
  Vg = new kk({ [gr]: "number", [Yo]: "a number" }),
  Yk = Mn("NumberKeyword"),
  wk = class {
    annotations
    _tag = "BooleanKeyword"
    constructor(t = {}) {
      this.annotations = t
    }
    toString() {
      return vn(this)
    }
    toJSON() {
      return { _tag: this._tag, annotations: ze(this.annotations) }
    }
  },
  Xk = new wk({ [gr]: "boolean", [Yo]: "a boolean" }),
  ew = Mn("BooleanKeyword"),
  Tk = class {
    annotations
    _tag = "BigIntKeyword"
    constructor(t = {}) {
      this.annotations = t
    }
    toString() {
      return vn(this)
    }
    toJSON() {
      return { _tag: this._tag, annotations: ze(this.annotations) }
    }
  },
  ZV = new Tk({ [gr]: "bigint", [Yo]: "a bigint" })
var Rk = class {
    annotations
    _tag = "SymbolKeyword"
    constructor(t = {}) {
      this.annotations = t
    }
    toString() {
      return vn(this)
    }
    toJSON() {
      return { _tag: this._tag, annotations: ze(this.annotations) }
    }
  },
  YV = new Rk({ [gr]: "symbol", [Yo]: "a symbol" }),
  z2 = Mn("SymbolKeyword"),
  Ik = class {
    annotations
    _tag = "ObjectKeyword"
    constructor(t = {}) {
      this.annotations = t
    }
    toString() {
      return vn(this)
    }
    toJSON() {
      return { _tag: this._tag, annotations: ze(this.annotations) }
    }
  },
  XV = new Ik({ [gr]: "object", [Yo]: "an object in the TypeScript meaning, i.e. the `object` type" })
var tc = class {
    type
    annotations
    constructor(t, r = {}) {
      this.type = t, this.annotations = r
    }
    toJSON() {
      return { type: this.type.toJSON(), annotations: ze(this.annotations) }
    }
    toString() {
      return String(this.type)
    }
  },
  Fn = class extends tc {
    isOptional
    constructor(t, r, n = {}) {
      super(t, n), this.isOptional = r
    }
    toJSON() {
      return { type: this.type.toJSON(), isOptional: this.isOptional, annotations: ze(this.annotations) }
    }
    toString() {
      return String(this.type) + (this.isOptional ? "?" : "")
    }
  },
  $2 = (e) => e.map((t) => t.type),
  sp = class {
    elements
    rest
    isReadonly
    annotations
    _tag = "TupleType"
    constructor(t, r, n, o = {}) {
      this.elements = t, this.rest = r, this.isReadonly = n, this.annotations = o
      let s = !1, i = !1
      for (let a of t) {
        if (a.isOptional) s = !0
        else if (s) {
          i = !0
          break
        }
      }
      if (i || s && r.length > 1) throw new Error(k2)
    }
    toString() {
      return ge(po(this), () => eJ(this))
    }
    toJSON() {
      return {
        _tag: this._tag,
        elements: this.elements.map((t) => t.toJSON()),
        rest: this.rest.map((t) => t.toJSON()),
        isReadonly: this.isReadonly,
        annotations: ze(this.annotations)
      }
    }
  },
  eJ = (e) => {
    let t = e.elements.map(String).join(", ")
    return iR(e.rest, {
      onEmpty: () => `readonly [${t}]`,
      onNonEmpty: (r, n) => {
        let o = String(r), s = o.includes(" | ") ? `(${o})` : o
        if (n.length > 0) {
          let i = n.map(String).join(", ")
          return e.elements.length > 0 ? `readonly [${t}, ...${s}[], ${i}]` : `readonly [...${s}[], ${i}]`
        } else return e.elements.length > 0 ? `readonly [${t}, ...${s}[]]` : `ReadonlyArray<${o}>`
      }
    })
  }
var Ye = class extends Fn {
    name
    isReadonly
    constructor(t, r, n, o, s) {
      super(r, n, s), this.name = t, this.isReadonly = o
    }
    toString() {
      return (this.isReadonly ? "readonly " : "") + String(this.name) + (this.isOptional ? "?" : "") + ": " + this.type
    }
    toJSON() {
      return {
        name: String(this.name),
        type: this.type.toJSON(),
        isOptional: this.isOptional,
        isReadonly: this.isReadonly,
        annotations: ze(this.annotations)
      }
    }
  },
  j2 = (e) => {
    switch (e._tag) {
      case "StringKeyword":
      case "SymbolKeyword":
      case "TemplateLiteral":
        return !0
      case "Refinement":
        return j2(e.from)
    }
    return !1
  },
  rc = class {
    type
    isReadonly
    parameter
    constructor(t, r, n) {
      if (this.type = r, this.isReadonly = n, j2(t)) this.parameter = t
      else throw new Error(O2)
    }
    toString() {
      return (this.isReadonly ? "readonly " : "") + `[x: ${this.parameter}]: ${this.type}`
    }
    toJSON() {
      return { parameter: this.parameter.toJSON(), type: this.type.toJSON(), isReadonly: this.isReadonly }
    }
  },
  tn = class {
    annotations
    _tag = "TypeLiteral"
    propertySignatures
    indexSignatures
    constructor(t, r, n = {}) {
      this.annotations = n
      let o = {}
      for (let i = 0; i < t.length; i++) {
        let a = t[i].name
        if (Object.prototype.hasOwnProperty.call(o, a)) throw new Error(Hg(a))
        o[a] = null
      }
      let s = { string: !1, symbol: !1 }
      for (let i = 0; i < r.length; i++) {
        let a = ow(r[i].parameter)
        if (hi(a)) {
          if (s.string) throw new Error(xk("string"))
          s.string = !0
        } else if (z2(a)) {
          if (s.symbol) throw new Error(xk("symbol"))
          s.symbol = !0
        }
      }
      this.propertySignatures = t, this.indexSignatures = r
    }
    toString() {
      return ge(po(this), () => tJ(this))
    }
    toJSON() {
      return {
        _tag: this._tag,
        propertySignatures: this.propertySignatures.map((t) => t.toJSON()),
        indexSignatures: this.indexSignatures.map((t) => t.toJSON()),
        annotations: ze(this.annotations)
      }
    }
  },
  I2 = (e) => e.map(String).join("; "),
  tJ = (e) => {
    if (e.propertySignatures.length > 0) {
      let t = e.propertySignatures.map(String).join("; ")
      return e.indexSignatures.length > 0 ? `{ ${t}; ${I2(e.indexSignatures)} }` : `{ ${t} }`
    } else return e.indexSignatures.length > 0 ? `{ ${I2(e.indexSignatures)} }` : "{}"
  },
  xi = Mn("TypeLiteral"),
  rJ = bo(Fd(no, (e) => {
    switch (e._tag) {
      case "AnyKeyword":
        return 0
      case "UnknownKeyword":
        return 1
      case "ObjectKeyword":
        return 2
      case "StringKeyword":
      case "NumberKeyword":
      case "BooleanKeyword":
      case "BigIntKeyword":
      case "SymbolKeyword":
        return 3
    }
    return 4
  })),
  nJ = { string: "StringKeyword", number: "NumberKeyword", boolean: "BooleanKeyword", bigint: "BigIntKeyword" },
  K2 = (e) => zi(e, (t) => ap(t) ? K2(t.types) : [t]),
  oJ = (e) => {
    let t = rJ(e), r = [], n = {}, o = []
    for (let s of t) {
      switch (s._tag) {
        case "NeverKeyword":
          break
        case "AnyKeyword":
          return [B2]
        case "UnknownKeyword":
          return [Zk]
        case "ObjectKeyword":
        case "UndefinedKeyword":
        case "VoidKeyword":
        case "StringKeyword":
        case "NumberKeyword":
        case "BooleanKeyword":
        case "BigIntKeyword":
        case "SymbolKeyword": {
          n[s._tag] || (n[s._tag] = s, r.push(s))
          break
        }
        case "Literal": {
          let i = typeof s.literal
          switch (i) {
            case "string":
            case "number":
            case "bigint":
            case "boolean": {
              let a = nJ[i]
              !n[a] && !o.includes(s.literal) && (o.push(s.literal), r.push(s))
              break
            }
            case "object": {
              o.includes(s.literal) || (o.push(s.literal), r.push(s))
              break
            }
          }
          break
        }
        case "UniqueSymbol": {
          !n.SymbolKeyword && !o.includes(s.symbol) && (o.push(s.symbol), r.push(s))
          break
        }
        case "TupleType": {
          n.ObjectKeyword || r.push(s)
          break
        }
        case "TypeLiteral": {
          s.propertySignatures.length === 0 && s.indexSignatures.length === 0
            ? n["{}"] || (n["{}"] = s, r.push(s))
            : n.ObjectKeyword || r.push(s)
          break
        }
        default:
          r.push(s)
      }
    }
    return r
  },
  Yt = class e {
    types
    annotations
    static make = (t, r) => Jg(t) ? new e(t, r) : t.length === 1 ? t[0] : Kg
    static unify = (t, r) => e.make(oJ(K2(t)), r)
    _tag = "Union"
    constructor(t, r = {}) {
      this.types = t, this.annotations = r
    }
    toString() {
      return ge(po(this), () => this.types.map(String).join(" | "))
    }
    toJSON() {
      return { _tag: this._tag, types: this.types.map((t) => t.toJSON()), annotations: ze(this.annotations) }
    }
  },
  G2 = (e, t) => e.map(t),
  Jg = (e) => e.length > 1,
  ap = Mn("Union"),
  yk = H(Symbol.for("effect/Schema/AST/toJSONMemoMap"), () => new WeakMap()),
  nc = class {
    f
    annotations
    _tag = "Suspend"
    constructor(t, r = {}) {
      this.f = t, this.annotations = r, this.f = If(t)
    }
    toString() {
      return po(this).pipe(qr(() => _r(Md(this.f)(), (t) => po(t))), ge(() => "<suspended schema>"))
    }
    toJSON() {
      let t = this.f(), r = yk.get(t)
      return r ||
        (yk.set(t, { _tag: this._tag }),
          r = { _tag: this._tag, ast: t.toJSON(), annotations: ze(this.annotations) },
          yk.set(t, r),
          r)
    }
  }
var oc = class {
    from
    filter
    annotations
    _tag = "Refinement"
    constructor(t, r, n = {}) {
      this.from = t, this.filter = r, this.annotations = n
    }
    toString() {
      return vf(this).pipe(
        ge(() =>
          pe(X2(this), {
            onNone: () => `{ ${this.from} | filter }`,
            onSome: (t) => lo(this.from) ? String(this.from) + " & " + t : t
          })
        )
      )
    }
    toJSON() {
      return { _tag: this._tag, from: this.from.toJSON(), annotations: ze(this.annotations) }
    }
  },
  lo = Mn("Refinement"),
  cp = {},
  Zo = class {
    from
    to
    transformation
    annotations
    _tag = "Transformation"
    constructor(t, r, n, o = {}) {
      this.from = t, this.to = r, this.transformation = n, this.annotations = o
    }
    toString() {
      return ge(po(this), () => `(${String(this.from)} <-> ${String(this.to)})`)
    }
    toJSON() {
      return { _tag: this._tag, from: this.from.toJSON(), to: this.to.toJSON(), annotations: ze(this.annotations) }
    }
  },
  Nf = Mn("Transformation"),
  Pf = class {
    decode
    encode
    _tag = "FinalTransformation"
    constructor(t, r) {
      this.decode = t, this.encode = r
    }
  },
  sJ = (e) => (t) => t._tag === e
var Ak = class {
    _tag = "ComposeTransformation"
  },
  V2 = new Ak()
var Wg = class {
  from
  to
  decode
  encode
  constructor(t, r, n, o) {
    this.from = t, this.to = r, this.decode = n, this.encode = o
  }
}
var ip = class {
    propertySignatureTransformations
    _tag = "TypeLiteralTransformation"
    constructor(t) {
      this.propertySignatureTransformations = t
      let r = {}, n = {}
      for (let o of t) {
        let s = o.from
        if (r[s]) throw new Error(gk(s))
        r[s] = !0
        let i = o.to
        if (n[i]) throw new Error(gk(i))
        n[i] = !0
      }
    }
  },
  tw = sJ("TypeLiteralTransformation"),
  Lf = (e, t) => {
    let r = Object.getOwnPropertyDescriptors(e), n = { ...e.annotations }
    delete n[Ff]
    let o = { ...n, ...t }, s = Df(e)
    return V(s) && (o[Mf] = Lf(s.value, t)), r.annotations.value = o, Object.create(Object.getPrototypeOf(e), r)
  }
var iJ = "[\\s\\S]*?",
  aJ = "[+-]?\\d*\\.?\\d+(?:[Ee][+-]?\\d+)?",
  J2 = (e, t) => {
    switch (e._tag) {
      case "Literal":
        return lu(String(e.literal))
      case "StringKeyword":
        return iJ
      case "NumberKeyword":
        return aJ
      case "TemplateLiteral":
        return Q2(e, t, !1)
      case "Union":
        return e.types.map((r) => J2(r, t)).join("|")
    }
  },
  cJ = (e, t, r, n) => {
    if (ap(e)) { if (r && !n) return `(?:${t})` }
    else if (!r || !n) return t
    return `(${t})`
  },
  Q2 = (e, t, r) => {
    let n = ""
    if (e.head !== "") {
      let o = lu(e.head)
      n += t && r ? `(${o})` : o
    }
    for (let o of e.spans) {
      let s = J2(o.type, t)
      if (n += cJ(o.type, s, t, r), o.literal !== "") {
        let i = lu(o.literal)
        n += t && r ? `(${i})` : i
      }
    }
    return n
  },
  Z2 = (e) => new RegExp(`^${Q2(e, !1, !0)}$`)
var rw = (e, t) => {
  let r = [],
    n = [],
    o = (s) => {
      switch (s._tag) {
        case "NeverKeyword":
          break
        case "StringKeyword":
        case "SymbolKeyword":
        case "TemplateLiteral":
        case "Refinement":
          n.push(new rc(s, t, !0))
          break
        case "Literal":
          if (ut(s.literal) || Bt(s.literal)) r.push(new Ye(s.literal, t, !1, !0))
          else throw new Error(_2(s.literal))
          break
        case "Enums": {
          for (let [i, a] of s.enums) r.push(new Ye(a, t, !1, !0))
          break
        }
        case "UniqueSymbol":
          r.push(new Ye(s.symbol, t, !1, !0))
          break
        case "Union":
          s.types.forEach(o)
          break
        default:
          throw new Error(C2(s))
      }
    }
  return o(e), { propertySignatures: r, indexSignatures: n }
}
var nw = (e) => (t) => {
    let r
    for (let n of e) {
      Object.prototype.hasOwnProperty.call(t.annotations, n) && (r === void 0 && (r = {}), r[n] = t.annotations[n])
    }
    return r
  },
  Y2 = (e) => (t) => {
    let r = { ...t.annotations }
    for (let n of e) delete r[n]
    return r
  },
  uJ = nw([vk, Dk, Nk, Lk, Uk, qk]),
  Ae = (e) => {
    switch (e._tag) {
      case "Declaration": {
        let t = en(e.typeParameters, Ae)
        return t === e.typeParameters ? e : new ec(t, e.decodeUnknown, e.encodeUnknown, e.annotations)
      }
      case "TupleType": {
        let t = en(e.elements, (o) => {
            let s = Ae(o.type)
            return s === o.type ? o : new Fn(s, o.isOptional)
          }),
          r = $2(e.rest),
          n = en(r, Ae)
        return t === e.elements && n === r ? e : new sp(t, n.map((o) => new tc(o)), e.isReadonly, e.annotations)
      }
      case "TypeLiteral": {
        let t = en(e.propertySignatures, (n) => {
            let o = Ae(n.type)
            return o === n.type ? n : new Ye(n.name, o, n.isOptional, n.isReadonly)
          }),
          r = en(e.indexSignatures, (n) => {
            let o = Ae(n.type)
            return o === n.type ? n : new rc(n.parameter, o, n.isReadonly)
          })
        return t === e.propertySignatures && r === e.indexSignatures ? e : new tn(t, r, e.annotations)
      }
      case "Union": {
        let t = en(e.types, Ae)
        return t === e.types ? e : Yt.make(t, e.annotations)
      }
      case "Suspend":
        return new nc(() => Ae(e.f()), e.annotations)
      case "Refinement": {
        let t = Ae(e.from)
        return t === e.from ? e : new oc(t, e.filter, e.annotations)
      }
      case "Transformation": {
        let t = uJ(e)
        return Ae(t !== void 0 ? Lf(e.to, t) : e.to)
      }
    }
    return e
  }
function en(e, t) {
  let r = !1, n = Bi(e.length)
  for (let o = 0; o < e.length; o++) {
    let s = e[o], i = t(s)
    i !== s && (r = !0), n[o] = i
  }
  return r ? n : e
}
var Pk = (e) => {
    switch (e._tag) {
      case "Transformation":
        return e.from
      case "Refinement":
        return Pk(e.from)
      case "Suspend":
        return Pk(e.f())
    }
  },
  uo = (e, t) => {
    switch (e._tag) {
      case "Declaration": {
        let r = en(e.typeParameters, (n) => uo(n, t))
        return r === e.typeParameters ? e : new ec(r, e.decodeUnknown, e.encodeUnknown)
      }
      case "TupleType": {
        let r = en(e.elements, (s) => {
            let i = uo(s.type, t)
            return i === s.type ? s : new Fn(i, s.isOptional)
          }),
          n = $2(e.rest),
          o = en(n, (s) => uo(s, t))
        return r === e.elements && o === n ? e : new sp(r, o.map((s) => new tc(s)), e.isReadonly)
      }
      case "TypeLiteral": {
        let r = en(e.propertySignatures, (o) => {
            let s = uo(o.type, t)
            return s === o.type ? o : new Ye(o.name, s, o.isOptional, o.isReadonly)
          }),
          n = en(e.indexSignatures, (o) => {
            let s = uo(o.type, t)
            return s === o.type ? o : new rc(o.parameter, s, o.isReadonly)
          })
        return r === e.propertySignatures && n === e.indexSignatures ? e : new tn(r, n)
      }
      case "Union": {
        let r = en(e.types, (n) => uo(n, t))
        return r === e.types ? e : Yt.make(r)
      }
      case "Suspend": {
        let r, n = JV(e)
        if (V(n)) {
          let o = t ? "Bound" : ""
          r = { [Qk]: `${n.value}Encoded${o}` }
        }
        return new nc(() => uo(e.f(), t), r)
      }
      case "Refinement": {
        let r = uo(e.from, t)
        return t ? r === e.from ? e : Pk(e.from) === void 0 && Jk(e) ? new oc(r, e.filter, e.annotations) : r : r
      }
      case "Transformation":
        return uo(e.from, t)
    }
    return e
  },
  gi = (e) => uo(e, !1)
var ze = (e) => {
    let t = {}
    for (let r of Object.getOwnPropertySymbols(e)) t[String(r)] = e[r]
    return t
  },
  ow = (e) => {
    switch (e._tag) {
      case "StringKeyword":
      case "SymbolKeyword":
      case "TemplateLiteral":
        return e
      case "Refinement":
        return ow(e.from)
    }
  }
var vn = (e) => ge(po(e), () => e._tag)
function pJ(e) {
  return pe(jk(e), { onNone: () => "", onSome: (t) => t.map((r) => ` & Brand<${Cr(r)}>`).join("") })
}
var X2 = (e) => Kk(e).pipe(qr(() => Vk(e)), qr(() => Gk(e)), _t((t) => t + pJ(e))), po = (e) => qr(vf(e), () => X2(e))
var at = class {
    path
    actual
    issue
    _tag = "Pointer"
    constructor(t, r, n) {
      this.path = t, this.actual = r, this.issue = n
    }
  },
  Yg = class {
    actual
    message
    _tag = "Unexpected"
    constructor(t, r) {
      this.actual = t, this.message = r
    }
  },
  ac = class {
    ast
    message
    _tag = "Missing"
    actual = void 0
    constructor(t, r) {
      this.ast = t, this.message = r
    }
  },
  Ne = class {
    ast
    actual
    issues
    output
    _tag = "Composite"
    constructor(t, r, n, o) {
      this.ast = t, this.actual = r, this.issues = n, this.output = o
    }
  },
  Hf = class {
    ast
    actual
    kind
    issue
    _tag = "Refinement"
    constructor(t, r, n, o) {
      this.ast = t, this.actual = r, this.kind = n, this.issue = o
    }
  },
  Wf = class {
    ast
    actual
    kind
    issue
    _tag = "Transformation"
    constructor(t, r, n, o) {
      this.ast = t, this.actual = r, this.kind = n, this.issue = o
    }
  },
  ct = class {
    ast
    actual
    message
    _tag = "Type"
    constructor(t, r, n) {
      this.ast = t, this.actual = r, this.message = n
    }
  },
  Xg = class {
    ast
    actual
    message
    _tag = "Forbidden"
    constructor(t, r, n) {
      this.ast = t, this.actual = r, this.message = n
    }
  },
  eU = Symbol.for("effect/Schema/ParseErrorTypeId")
var cw = class extends tD("ParseError") {
    [eU] = eU
    get message() {
      return this.toString()
    }
    toString() {
      return Xo.formatIssueSync(this.issue)
    }
    toJSON() {
      return { _id: "ParseError", message: this.toString() }
    }
    [z]() {
      return this.toJSON()
    }
  },
  pw = (e) => new cw({ issue: e }),
  Fr = P,
  cc = w
var Wt = Ac,
  nn = p(2, (e, t) => Wt(e) ? ht(e, { onLeft: w, onRight: t }) : q(e, t)),
  At = p(2, (e, t) => Wt(e) ? hs(e, t) : Q(e, t)),
  Zg = p(2, (e, t) => Wt(e) ? ms(e, t) : ao(e, t))
var nU = p(2, (e, t) => Wt(e) ? Ad(e, { onLeft: t.onFailure, onRight: t.onSuccess }) : eN(e, t)),
  oU = p(2, (e, t) => Wt(e) ? ht(e, { onLeft: t, onRight: P }) : af(e, t)),
  ey = (e, t) => t === void 0 || Bt(t) ? e : e === void 0 ? t : { ...e, ...t },
  lw = (e, t, r) => {
    let n = Et(e, t)
    return (o, s) => n(o, ey(r, s))
  },
  lJ = (e, t, r) => {
    let n = lw(e, t, r)
    return (o, s) => tE(n(o, s), pw)
  }
var sU = (e, t, r) => {
  let n = Et(e, t)
  return (o, s) => n(o, { ...ey(r, s), isEffectAllowed: !0 })
}
var fp = (e, t) => lw(e.ast, !0, t)
var iU = (e, t) => sU(e.ast, !0, t)
var fw = (e, t) => sU(e.ast, !1, t)
var dp = (e, t) => lJ(Ae(e.ast), !0, t)
var dw = (e, t) => lw(Ae(e.ast), !0, t)
var Bf = (e, t) => {
  let r = Et(Ae(e.ast), !0)
  return (n, o) => pt(r(n, { exact: !0, ...ey(t, o) }))
}
var fJ = H(Symbol.for("effect/ParseResult/decodeMemoMap"), () => new WeakMap()),
  dJ = H(Symbol.for("effect/ParseResult/encodeMemoMap"), () => new WeakMap()),
  Et = (e, t) => {
    let r = t ? fJ : dJ, n = r.get(e)
    if (n) return n
    let o = mJ(e, t),
      s = zg(e),
      i = V(s) ? (u, l) => o(u, ey(l, s.value)) : o,
      a = $g(e),
      c = t && V(a) ? (u, l) => qf(oU(i(u, l), a.value), e, u, l) : i
    return r.set(e, c), c
  },
  iw = (e) => or(N2(e)),
  aw = (e) => or(L2(e)),
  mJ = (e, t) => {
    switch (e._tag) {
      case "Refinement":
        if (t) {
          let r = Et(e.from, !0)
          return (n, o) => {
            o = o ?? cp
            let s = o?.errors === "all",
              i = nn(
                oU(r(n, o), (a) => {
                  let c = new Hf(e, n, "From", a)
                  return s && Jk(e) && lU(a)
                    ? pe(e.filter(n, o, e), {
                      onNone: () => w(c),
                      onSome: (u) => w(new Ne(e, n, [c, new Hf(e, n, "Predicate", u)]))
                    })
                    : w(c)
                }),
                (a) => pe(e.filter(a, o, e), { onNone: () => P(a), onSome: (c) => w(new Hf(e, n, "Predicate", c)) })
              )
            return qf(i, e, n, o)
          }
        } else {
          let r = Et(Ae(e), !0), n = Et(cU(e.from), !1)
          return (o, s) => qf(nn(r(o, s), (i) => n(i, s)), e, o, s)
        }
      case "Transformation": {
        let r = xJ(e.transformation, t), n = t ? Et(e.from, !0) : Et(e.to, !1), o = t ? Et(e.to, !0) : Et(e.from, !1)
        return (s, i) =>
          qf(
            nn(
              Zg(n(s, i), (a) => new Wf(e, s, t ? "Encoded" : "Type", a)),
              (a) =>
                nn(Zg(r(a, i ?? cp, e, s), (c) => new Wf(e, s, "Transformation", c)), (c) =>
                  Zg(o(c, i), (u) => new Wf(e, s, t ? "Type" : "Encoded", u)))
            ),
            e,
            s,
            i
          )
      }
      case "Declaration": {
        let r = t ? e.decodeUnknown(...e.typeParameters) : e.encodeUnknown(...e.typeParameters)
        return (n, o) => qf(r(n, o ?? cp, e), e, n, o)
      }
      case "Literal":
        return yr(e, (r) => r === e.literal)
      case "UniqueSymbol":
        return yr(e, (r) => r === e.symbol)
      case "UndefinedKeyword":
        return yr(e, bT)
      case "NeverKeyword":
        return yr(e, _T)
      case "UnknownKeyword":
      case "AnyKeyword":
      case "VoidKeyword":
        return P
      case "StringKeyword":
        return yr(e, ut)
      case "NumberKeyword":
        return yr(e, Bt)
      case "BooleanKeyword":
        return yr(e, go)
      case "BigIntKeyword":
        return yr(e, ss)
      case "SymbolKeyword":
        return yr(e, Ai)
      case "ObjectKeyword":
        return yr(e, Ct)
      case "Enums":
        return yr(e, (r) => e.enums.some(([n, o]) => o === r))
      case "TemplateLiteral": {
        if (e.spans.every((n) => hi(n.type))) {
          return yr(e, (n) => {
            if (!ut(n) || !n.startsWith(e.head)) return !1
            let o = e.head.length
            for (let i = 0; i < e.spans.length - 1; i++) {
              let a = e.spans[i].literal, c = n.indexOf(a, o)
              if (c === -1) return !1
              o = c + a.length
            }
            let s = e.spans[e.spans.length - 1].literal
            return n.endsWith(s) && n.length - s.length >= o
          })
        }
        let r = Z2(e)
        return yr(e, (n) => ut(n) && r.test(n))
      }
      case "TupleType": {
        let r = e.elements.map((u) => Et(u.type, t)),
          n = e.rest.map((u) => Et(u.type, t)),
          o = e.elements.filter((u) => !u.isOptional)
        e.rest.length > 0 && (o = o.concat(e.rest.slice(1)))
        let s = o.length,
          i = e.elements.length > 0 ? e.elements.map((u, l) => l).join(" | ") : "never",
          a = iw(e),
          c = aw(e)
        return (u, l) => {
          if (!uE(u)) return w(new ct(e, u))
          let f = l?.errors === "all", m = [], h = 0, x = [], b = u.length
          for (let O = b; O <= s - 1; O++) {
            let N = new at(O, u, new ac(o[O - b]))
            if (f) {
              m.push([h++, N])
              continue
            } else return w(new Ne(e, u, N, x))
          }
          if (e.rest.length === 0) {
            for (let O = e.elements.length; O <= b - 1; O++) {
              let N = new at(O, u, new Yg(u[O], `is unexpected, expected: ${i}`))
              if (f) {
                m.push([h++, N])
                continue
              } else return w(new Ne(e, u, N, x))
            }
          }
          let C = 0, k
          for (; C < r.length; C++) {
            if (b < C + 1) { if (e.elements[C].isOptional) continue }
            else {
              let O = r[C], N = O(u[C], l)
              if (Wt(N)) {
                if (ue(N)) {
                  let L = new at(C, u, N.left)
                  if (f) {
                    m.push([h++, L])
                    continue
                  } else return w(new Ne(e, u, L, Dn(x)))
                }
                x.push([h++, N.right])
              } else {
                let L = h++, U = C
                k || (k = []),
                  k.push(({ es: W, output: K }) =>
                    q(ja(N), (me) => {
                      if (ue(me)) {
                        let ae = new at(U, u, me.left)
                        return f ? (W.push([L, ae]), J) : w(new Ne(e, u, ae, Dn(K)))
                      }
                      return K.push([L, me.right]), J
                    })
                  )
              }
            }
          }
          if (Ce(n)) {
            let [O, ...N] = n
            for (; C < b - N.length; C++) {
              let L = O(u[C], l)
              if (Wt(L)) {
                if (ue(L)) {
                  let U = new at(C, u, L.left)
                  if (f) {
                    m.push([h++, U])
                    continue
                  } else return w(new Ne(e, u, U, Dn(x)))
                } else x.push([h++, L.right])
              } else {
                let U = h++, W = C
                k || (k = []),
                  k.push(({ es: K, output: me }) =>
                    q(ja(L), (ae) => {
                      if (ue(ae)) {
                        let ie = new at(W, u, ae.left)
                        return f ? (K.push([U, ie]), J) : w(new Ne(e, u, ie, Dn(me)))
                      } else return me.push([U, ae.right]), J
                    })
                  )
              }
            }
            for (let L = 0; L < N.length; L++) {
              let U = C + L
              if (!(b < U + 1)) {
                let W = N[L](u[U], l)
                if (Wt(W)) {
                  if (ue(W)) {
                    let K = new at(U, u, W.left)
                    if (f) {
                      m.push([h++, K])
                      continue
                    } else return w(new Ne(e, u, K, Dn(x)))
                  }
                  x.push([h++, W.right])
                } else {
                  let K = h++
                  k || (k = []),
                    k.push(({ es: me, output: ae }) =>
                      q(ja(W), (ie) => {
                        if (ue(ie)) {
                          let He = new at(U, u, ie.left)
                          return f ? (me.push([K, He]), J) : w(new Ne(e, u, He, Dn(ae)))
                        }
                        return ae.push([K, ie.right]), J
                      })
                    )
                }
              }
            }
          }
          let F = ({ es: O, output: N }) => xs(O) ? w(new Ne(e, u, Dn(O), Dn(N))) : P(Dn(N))
          if (k && k.length > 0) {
            let O = k
            return X(() => {
              let N = { es: Mc(m), output: Mc(x) }
              return q(dr(O, (L) => L(N), { concurrency: a, batching: c, discard: !0 }), () => F(N))
            })
          }
          return F({ output: x, es: m })
        }
      }
      case "TypeLiteral": {
        if (e.propertySignatures.length === 0 && e.indexSignatures.length === 0) return yr(e, OT)
        let r = [], n = {}, o = []
        for (let l of e.propertySignatures) r.push([Et(l.type, t), l]), n[l.name] = null, o.push(l.name)
        let s = e.indexSignatures.map((l) => [Et(l.parameter, t), Et(l.type, t), l.parameter]),
          i = Yt.make(e.indexSignatures.map((l) => l.parameter).concat(o.map((l) => Ai(l) ? new Af(l) : new mi(l)))),
          a = Et(i, t),
          c = iw(e),
          u = aw(e)
        return (l, f) => {
          if (!$y(l)) return w(new ct(e, l))
          let m = f?.errors === "all",
            h = [],
            x = 0,
            b = f?.onExcessProperty === "error",
            C = f?.onExcessProperty === "preserve",
            k = {},
            F
          if (b || C) {
            F = Reflect.ownKeys(l)
            for (let U of F) {
              let W = a(U, f)
              if (Wt(W) && ue(W)) {
                if (b) {
                  let K = new at(U, l, new Yg(l[U], `is unexpected, expected: ${String(i)}`))
                  if (m) {
                    h.push([x++, K])
                    continue
                  } else return w(new Ne(e, l, K, k))
                } else k[U] = l[U]
              }
            }
          }
          let O, N = f?.exact === !0
          for (let U = 0; U < r.length; U++) {
            let W = r[U][1], K = W.name, me = Object.prototype.hasOwnProperty.call(l, K)
            if (!me) {
              if (W.isOptional) continue
              if (N) {
                let He = new at(K, l, new ac(W))
                if (m) {
                  h.push([x++, He])
                  continue
                } else return w(new Ne(e, l, He, k))
              }
            }
            let ae = r[U][0], ie = ae(l[K], f)
            if (Wt(ie)) {
              if (ue(ie)) {
                let He = new at(K, l, me ? ie.left : new ac(W))
                if (m) {
                  h.push([x++, He])
                  continue
                } else return w(new Ne(e, l, He, k))
              }
              k[K] = ie.right
            } else {
              let He = x++, Dr = K
              O || (O = []),
                O.push(({ es: Nr, output: cn }) =>
                  q(ja(ie), (St) => {
                    if (ue(St)) {
                      let bt = new at(Dr, l, me ? St.left : new ac(W))
                      return m ? (Nr.push([He, bt]), J) : w(new Ne(e, l, bt, cn))
                    }
                    return cn[Dr] = St.right, J
                  })
                )
            }
          }
          for (let U = 0; U < s.length; U++) {
            let W = s[U], K = W[0], me = W[1], ae = mk(l, W[2])
            for (let ie of ae) {
              let He = K(ie, f)
              if (Wt(He) && pt(He)) {
                let Dr = me(l[ie], f)
                if (Wt(Dr)) {
                  if (ue(Dr)) {
                    let Nr = new at(ie, l, Dr.left)
                    if (m) {
                      h.push([x++, Nr])
                      continue
                    } else return w(new Ne(e, l, Nr, k))
                  } else Object.prototype.hasOwnProperty.call(n, ie) || (k[ie] = Dr.right)
                } else {
                  let Nr = x++, cn = ie
                  O || (O = []),
                    O.push(({ es: St, output: bt }) =>
                      q(ja(Dr), (Lr) => {
                        if (ue(Lr)) {
                          let bc = new at(cn, l, Lr.left)
                          return m ? (St.push([Nr, bc]), J) : w(new Ne(e, l, bc, bt))
                        } else return Object.prototype.hasOwnProperty.call(n, ie) || (bt[ie] = Lr.right), J
                      })
                    )
                }
              }
            }
          }
          let L = ({ es: U, output: W }) => {
            if (xs(U)) return w(new Ne(e, l, Dn(U), W))
            if (f?.propertyOrder === "original") {
              let K = F || Reflect.ownKeys(l)
              for (let ae of o) K.indexOf(ae) === -1 && K.push(ae)
              let me = {}
              for (let ae of K) Object.prototype.hasOwnProperty.call(W, ae) && (me[ae] = W[ae])
              return P(me)
            }
            return P(W)
          }
          if (O && O.length > 0) {
            let U = O
            return X(() => {
              let W = { es: Mc(h), output: Object.assign({}, k) }
              return q(dr(U, (K) => K(W), { concurrency: c, batching: u, discard: !0 }), () => L(W))
            })
          }
          return L({ es: h, output: k })
        }
      }
      case "Union": {
        let r = aU(e.types, t), n = Reflect.ownKeys(r.keys), o = n.length, s = e.types.length, i = new Map()
        for (let u = 0; u < s; u++) i.set(e.types[u], Et(e.types[u], t))
        let a = iw(e) ?? 1, c = aw(e)
        return (u, l) => {
          let f = [], m = 0, h = []
          if (o > 0) {
            if (Rp(u)) {
              for (let C = 0; C < o; C++) {
                let k = n[C], F = r.keys[k].buckets
                if (Object.prototype.hasOwnProperty.call(u, k)) {
                  let O = String(u[k])
                  if (Object.prototype.hasOwnProperty.call(F, O)) h = h.concat(F[O])
                  else {
                    let { candidates: N, literals: L } = r.keys[k],
                      U = Yt.make(L),
                      W = N.length === s ? new tn([new Ye(k, U, !1, !0)], []) : Yt.make(N)
                    f.push([m++, new Ne(W, u, new at(k, u, new ct(U, u[k])))])
                  }
                } else {
                  let { candidates: O, literals: N } = r.keys[k],
                    L = new Ye(k, Yt.make(N), !1, !0),
                    U = O.length === s ? new tn([L], []) : Yt.make(O)
                  f.push([m++, new Ne(U, u, new at(k, u, new ac(L)))])
                }
              }
            } else {
              let C = r.candidates.length === s ? e : Yt.make(r.candidates)
              f.push([m++, new ct(C, u)])
            }
          }
          r.otherwise.length > 0 && (h = h.concat(r.otherwise))
          let x
          for (let C = 0; C < h.length; C++) {
            let k = h[C], F = i.get(k)(u, l)
            if (Wt(F) && (!x || x.length === 0)) {
              if (pt(F)) return F
              f.push([m++, F.left])
            } else {
              let O = m++
              x || (x = []),
                x.push((N) =>
                  X(() =>
                    "finalResult" in N ? J : q(ja(F), (L) => (pt(L) ? N.finalResult = L : N.es.push([O, L.left]), J))
                  )
                )
            }
          }
          let b = (C) =>
            xs(C) ? C.length === 1 && C[0][1]._tag === "Type" ? w(C[0][1]) : w(new Ne(e, u, Dn(C))) : w(new ct(e, u))
          if (x && x.length > 0) {
            let C = x
            return X(() => {
              let k = { es: Mc(f) }
              return q(
                dr(C, (F) => F(k), { concurrency: a, batching: c, discard: !0 }),
                () => "finalResult" in k ? k.finalResult : b(k.es)
              )
            })
          }
          return b(f)
        }
      }
      case "Suspend": {
        let r = If(() => Et(e.f(), t))
        return (n, o) => r()(n, o)
      }
    }
  },
  yr = (e, t) => (r) => t(r) ? P(r) : w(new ct(e, r)),
  Uf = (e, t) => {
    switch (e._tag) {
      case "Declaration": {
        let r = Df(e)
        if (V(r)) return Uf(r.value, t)
        break
      }
      case "TypeLiteral": {
        let r = []
        for (let n = 0; n < e.propertySignatures.length; n++) {
          let o = e.propertySignatures[n], s = t ? gi(o.type) : Ae(o.type)
          rn(s) && !o.isOptional && r.push([o.name, s])
        }
        return r
      }
      case "TupleType": {
        let r = []
        for (let n = 0; n < e.elements.length; n++) {
          let o = e.elements[n], s = t ? gi(o.type) : Ae(o.type)
          rn(s) && !o.isOptional && r.push([n, s])
        }
        return r
      }
      case "Refinement":
        return Uf(e.from, t)
      case "Suspend":
        return Uf(e.f(), t)
      case "Transformation":
        return Uf(t ? e.from : e.to, t)
    }
    return []
  },
  aU = (e, t) => {
    let r = {}, n = [], o = []
    for (let s = 0; s < e.length; s++) {
      let i = e[s], a = Uf(i, t)
      if (a.length > 0) {
        o.push(i)
        for (let c = 0; c < a.length; c++) {
          let [u, l] = a[c], f = String(l.literal)
          r[u] = r[u] || { buckets: {}, literals: [], candidates: [] }
          let m = r[u].buckets
          if (Object.prototype.hasOwnProperty.call(m, f)) {
            if (c < a.length - 1) continue
            m[f].push(i), r[u].literals.push(l), r[u].candidates.push(i)
          } else {
            m[f] = [i], r[u].literals.push(l), r[u].candidates.push(i)
            break
          }
        }
      } else n.push(i)
    }
    return { keys: r, otherwise: n, candidates: o }
  },
  cU = (e) => lo(e) ? cU(e.from) : e,
  qf = (e, t, r, n) => {
    if (n?.isEffectAllowed === !0 || Wt(e)) return e
    let o = new bu(), s = ju(e, { scheduler: o })
    o.flush()
    let i = s.unsafePoll()
    if (i) {
      if (Ml(i)) return P(i.value)
      let a = i.cause
      return Dv(a) ? w(a.error) : w(new Xg(t, r, Hv(a)))
    }
    return w(
      new Xg(
        t,
        r,
        "cannot be be resolved synchronously, this is caused by using runSync on an effect that performs async work"
      )
    )
  },
  hJ = ([e], [t]) => e > t ? 1 : e < t ? -1 : 0
function Dn(e) {
  return e.sort(hJ).map((t) => t[1])
}
var xJ = (e, t) => {
    switch (e._tag) {
      case "FinalTransformation":
        return t ? e.decode : e.encode
      case "ComposeTransformation":
        return P
      case "TypeLiteralTransformation":
        return (r) => {
          let n = P(r)
          for (let o of e.propertySignatureTransformations) {
            let [s, i] = t ? [o.from, o.to] : [o.to, o.from], a = t ? o.decode : o.encode
            n = At(n, (u) => {
              let l = a(Object.prototype.hasOwnProperty.call(u, s) ? S(u[s]) : y())
              return delete u[s], V(l) && (u[i] = l.value), u
            })
          }
          return n
        }
    }
  },
  Xt = (e, t = []) => ({ value: e, forest: t }),
  Xo = {
    formatIssue: (e) => At(up(e), gJ),
    formatIssueSync: (e) => {
      let t = Xo.formatIssue(e)
      return Wt(t) ? rE(t) : In(t)
    },
    formatError: (e) => Xo.formatIssue(e.issue),
    formatErrorSync: (e) => Xo.formatIssueSync(e.issue)
  },
  gJ = (e) =>
    e.value + uU(
      `
`,
      e.forest
    ),
  uU = (e, t) => {
    let r = "", n = t.length, o
    for (let s = 0; s < n; s++) {
      o = t[s]
      let i = s === n - 1
      r += e + (i ? "\u2514" : "\u251C") + "\u2500 " + o.value,
        r += uU(e + (n > 1 && !i ? "\u2502  " : "   "), o.forest)
    }
    return r
  },
  yJ = (e) => {
    switch (e) {
      case "Encoded":
        return "Encoded side transformation failure"
      case "Transformation":
        return "Transformation process failure"
      case "Type":
        return "Type side transformation failure"
    }
  },
  EJ = (e) => {
    switch (e) {
      case "From":
        return "From side refinement failure"
      case "Predicate":
        return "Predicate refinement failure"
    }
  },
  pU = (e) => "ast" in e ? S(e.ast) : y(),
  uw = P(void 0),
  SJ = (e) =>
    pU(e).pipe(
      _r(v2),
      pe({
        onNone: () => uw,
        onSome: (t) => {
          let r = t(e)
          return ut(r)
            ? P({ message: r, override: !1 })
            : Tn(r)
            ? Q(r, (n) => ({ message: n, override: !1 }))
            : ut(r.message)
            ? P({ message: r.message, override: r.override })
            : Q(r.message, (n) => ({ message: n, override: r.override }))
        }
      })
    ),
  mw = (e) => (t) => t._tag === e,
  lU = mw("Composite"),
  tU = mw("Refinement"),
  rU = mw("Transformation"),
  yi = (e) =>
    nn(
      SJ(e),
      (t) =>
        t !== void 0
          ? !t.override && (lU(e) || tU(e) && e.kind === "From" || rU(e) && e.kind !== "Transformation")
            ? rU(e) || tU(e) ? yi(e.issue) : uw
            : P(t.message)
          : uw
    ),
  fU = (e) => pU(e).pipe(_r(U2), eR((t) => t(e)), or)
function bJ(e) {
  return Vk(e).pipe(qr(() => Kk(e)), qr(() => Gk(e)), qr(() => vf(e)), ge(() => `{ ${e.from} | filter }`))
}
function CJ(e) {
  return e.message !== void 0 ? e.message : `Expected ${lo(e.ast) ? bJ(e.ast) : String(e.ast)}, actual ${Cr(e.actual)}`
}
var dU = (e) => At(yi(e), (t) => t ?? fU(e) ?? CJ(e)),
  Qg = (e) => fU(e) ?? String(e.ast),
  mU = (e) => e.message ?? "is forbidden",
  hU = (e) => e.message ?? "is unexpected",
  xU = (e) => {
    let t = D2(e.ast)
    if (V(t)) {
      let r = t.value()
      return ut(r) ? P(r) : r
    }
    return P(e.message ?? "is missing")
  },
  up = (e) => {
    switch (e._tag) {
      case "Type":
        return At(dU(e), Xt)
      case "Forbidden":
        return P(Xt(Qg(e), [Xt(mU(e))]))
      case "Unexpected":
        return P(Xt(hU(e)))
      case "Missing":
        return At(xU(e), Xt)
      case "Transformation":
        return nn(yi(e), (t) => t !== void 0 ? P(Xt(t)) : At(up(e.issue), (r) => Xt(Qg(e), [Xt(yJ(e.kind), [r])])))
      case "Refinement":
        return nn(yi(e), (t) => t !== void 0 ? P(Xt(t)) : At(up(e.issue), (r) => Xt(Qg(e), [Xt(EJ(e.kind), [r])])))
      case "Pointer":
        return At(up(e.issue), (t) => Xt(Ug(e.path), [t]))
      case "Composite":
        return nn(yi(e), (t) => {
          if (t !== void 0) return P(Xt(t))
          let r = Qg(e)
          return Lg(e.issues) ? At(dr(e.issues, up), (n) => Xt(r, n)) : At(up(e.issues), (n) => Xt(r, [n]))
        })
    }
  },
  ic = (e, t, r) => ({ _tag: e, path: t, message: r }),
  lp = {
    formatIssue: (e) => pp(e, void 0, []),
    formatIssueSync: (e) => {
      let t = lp.formatIssue(e)
      return Wt(t) ? rE(t) : In(t)
    },
    formatError: (e) => lp.formatIssue(e.issue),
    formatErrorSync: (e) => lp.formatIssueSync(e.issue)
  },
  pp = (e, t, r) => {
    let n = e._tag
    switch (n) {
      case "Type":
        return At(dU(e), (o) => [ic(t ?? n, r, o)])
      case "Forbidden":
        return P([ic(n, r, mU(e))])
      case "Unexpected":
        return P([ic(n, r, hU(e))])
      case "Missing":
        return At(xU(e), (o) => [ic(n, r, o)])
      case "Pointer":
        return pp(e.issue, void 0, r.concat(e.path))
      case "Composite":
        return nn(
          yi(e),
          (o) =>
            o !== void 0
              ? P([ic(n, r, o)])
              : Lg(e.issues)
              ? At(dr(e.issues, (s) => pp(s, void 0, r)), qp)
              : pp(e.issues, void 0, r)
        )
      case "Refinement":
        return nn(yi(e), (o) => o !== void 0 ? P([ic(n, r, o)]) : pp(e.issue, e.kind === "Predicate" ? n : void 0, r))
      case "Transformation":
        return nn(
          yi(e),
          (o) => o !== void 0 ? P([ic(n, r, o)]) : pp(e.issue, e.kind === "Transformation" ? n : void 0, r)
        )
    }
  }
var gU = pO, uc = SN, hp = bN
var yU = p((e) => Ct(e[0]), (e, ...t) => {
    let r = {}
    for (let n of t) n in e && (r[n] = e[n])
    return r
  }),
  EU = p((e) => Ct(e[0]), (e, ...t) => {
    let r = { ...e }
    for (let n of t) delete r[n]
    return r
  })
var lc = Symbol.for("effect/Schema")
function qe(e) {
  return class {
    [lc] = xw
    static ast = e
    static annotations(r) {
      return qe(Nn(this.ast, r))
    }
    static pipe() {
      return E(this, arguments)
    }
    static toString() {
      return String(e)
    }
    static Type
    static Encoded
    static Context
    static [lc] = xw
  }
}
var xw = { _A: (e) => e, _I: (e) => e, _R: (e) => e }
var SU = {
    typeConstructor: A2,
    schemaId: P2,
    message: Mk,
    missingMessage: Bg,
    identifier: Ff,
    title: gr,
    description: Yo,
    examples: vk,
    default: Dk,
    documentation: F2,
    jsonSchema: Nk,
    arbitrary: Lk,
    pretty: Uk,
    equivalence: qk,
    concurrency: Hk,
    batching: Wk,
    parseIssueTitle: Bk,
    parseOptions: zk,
    decodingFallback: $k
  },
  Ci = (e) => {
    if (!e) return {}
    let t = { ...e }
    for (let r in SU) {
      if (r in e) {
        let n = SU[r]
        t[n] = e[r], delete t[r]
      }
    }
    return t
  },
  Nn = (e, t) => Lf(e, Ci(t))
var OJ = (e) => qe(gi(e.ast))
var fo = (e) => qe(Ae(e.ast))
var FU = (e, t) => {
  let r = fp(e, t)
  return (n, o) => ms(r(n, o), pw)
}
var ts = (e) => I(e, lc) && Ct(e[lc])
function kJ(e) {
  return Jg(e) ? Yt.make(G2(e, (t) => new mi(t))) : new mi(e[0])
}
function MU(e, t = kJ(e)) {
  return class extends qe(t) {
    static annotations(n) {
      return MU(this.literals, Nn(this.ast, n))
    }
    static literals = [...e]
  }
}
function vr(...e) {
  return Ce(e) ? MU(e) : sy
}
var wJ = (e, t, r) =>
    yw(e, new ec(e.map((n) => n.ast), (...n) => t.decode(...n.map(qe)), (...n) => t.encode(...n.map(qe)), Ci(r))),
  TJ = (e, t) => {
    let r = () => (o, s, i) => e(o) ? Fr(o) : cc(new ct(i, o)), n = r
    return yw([], new ec([], r, n, Ci(t)))
  }
function yw(e, t) {
  return class extends qe(t) {
    static annotations(n) {
      return yw(this.typeParameters, Nn(this.ast, n))
    }
    static typeParameters = [...e]
  }
}
var uy = function() {
  if (Array.isArray(arguments[0])) {
    let r = arguments[0], n = arguments[1], o = arguments[2]
    return wJ(r, n, o)
  }
  let e = arguments[0], t = arguments[1]
  return TJ(e, t)
}
var ny = class extends qe(jg) {}
var oy = class extends qe(H2) {}, sy = class extends qe(Kg) {}, Mr = class extends qe(Zk) {}
var Z = class extends qe(Gg) {}, on = class extends qe(Vg) {}
var RJ = (e) => Yt.make(e.map((t) => t.ast))
function vU(e, t = RJ(e)) {
  return class extends qe(t) {
    static annotations(n) {
      return vU(this.members, Nn(this.ast, n))
    }
    static members = [...e]
  }
}
function Er(...e) {
  return Jg(e) ? vU(e) : Ce(e) ? e[0] : sy
}
var Xe = (e) => Er(e, oy), jf = (e) => Er(e, ny), hw = (e) => Er(e, oy, ny)
var bU = class e {
    ast
    from;
    [lc]
    _Token
    constructor(t, r) {
      this.ast = t, this.from = r
    }
    annotations(t) {
      return new e(new Fn(this.ast.type, this.ast.isOptional, { ...this.ast.annotations, ...Ci(t) }), this.from)
    }
    toString() {
      return `${this.ast.type}${this.ast.isOptional ? "?" : ""}`
    }
  },
  IJ = (e, t) =>
    new sp(e.map((r) => ts(r) ? new Fn(r.ast, !1) : r.ast), t.map((r) => ts(r) ? new tc(r.ast) : r.ast), !0)
function DU(e, t, r = IJ(e, t)) {
  return class extends qe(r) {
    static annotations(o) {
      return DU(this.elements, this.rest, Nn(this.ast, o))
    }
    static elements = [...e]
    static rest = [...t]
  }
}
function NU(e, t) {
  return class extends DU([], [e], t) {
    static annotations(n) {
      return NU(this.value, Nn(this.ast, n))
    }
    static value = e
  }
}
var LU = (e) => NU(e)
var gw = (e) => e ? "\"?:\"" : "\":\"",
  Si = class extends Fn {
    isReadonly
    defaultValue
    _tag = "PropertySignatureDeclaration"
    constructor(t, r, n, o, s) {
      super(t, r, o), this.isReadonly = n, this.defaultValue = s
    }
    toString() {
      let t = gw(this.isOptional), r = String(this.type)
      return `PropertySignature<${t}, ${r}, never, ${t}, ${r}>`
    }
  },
  xp = class extends Fn {
    isReadonly
    fromKey
    constructor(t, r, n, o, s) {
      super(t, r, o), this.isReadonly = n, this.fromKey = s
    }
  },
  fc = class extends Fn {
    isReadonly
    defaultValue
    constructor(t, r, n, o, s) {
      super(t, r, o), this.isReadonly = n, this.defaultValue = s
    }
  },
  AJ = (e) => e === void 0 ? "never" : ut(e) ? JSON.stringify(e) : String(e),
  bi = class {
    from
    to
    decode
    encode
    _tag = "PropertySignatureTransformation"
    constructor(t, r, n, o) {
      this.from = t, this.to = r, this.decode = n, this.encode = o
    }
    toString() {
      return `PropertySignature<${gw(this.to.isOptional)}, ${this.to.type}, ${AJ(this.from.fromKey)}, ${
        gw(this.from.isOptional)
      }, ${this.from.type}>`
    }
  },
  UU = (e, t) => {
    switch (e._tag) {
      case "PropertySignatureDeclaration":
        return new Si(e.type, e.isOptional, e.isReadonly, { ...e.annotations, ...t }, e.defaultValue)
      case "PropertySignatureTransformation":
        return new bi(
          e.from,
          new fc(e.to.type, e.to.isOptional, e.to.isReadonly, { ...e.to.annotations, ...t }, e.to.defaultValue),
          e.decode,
          e.encode
        )
    }
  },
  qU = Symbol.for("effect/PropertySignature"),
  Qf = (e) => I(e, qU),
  iy = class e {
    ast;
    [lc];
    [qU] = null
    _TypeToken
    _Key
    _EncodedToken
    _HasDefault
    constructor(t) {
      this.ast = t
    }
    pipe() {
      return E(this, arguments)
    }
    annotations(t) {
      return new e(UU(this.ast, Ci(t)))
    }
    toString() {
      return String(this.ast)
    }
  },
  gp = (e) => new iy(e),
  Vf = class e extends iy {
    from
    constructor(t, r) {
      super(t), this.from = r
    }
    annotations(t) {
      return new e(UU(this.ast, Ci(t)), this.from)
    }
  },
  Ew = (e) => new Vf(new Si(e.ast, !1, !0, {}, void 0), e),
  Kf = p(2, (e, t) => {
    let r = e.ast
    switch (r._tag) {
      case "PropertySignatureDeclaration":
        return gp(new Si(r.type, r.isOptional, r.isReadonly, r.annotations, t))
      case "PropertySignatureTransformation":
        return gp(
          new bi(r.from, new fc(r.to.type, r.to.isOptional, r.to.isReadonly, r.to.annotations, t), r.decode, r.encode)
        )
    }
  })
var Sw = p(2, (e, t) => {
    let r = e.ast
    switch (r._tag) {
      case "PropertySignatureDeclaration":
        return gp(
          new bi(
            new xp(r.type, r.isOptional, r.isReadonly, r.annotations, t),
            new fc(Ae(r.type), r.isOptional, r.isReadonly, {}, r.defaultValue),
            v,
            v
          )
        )
      case "PropertySignatureTransformation":
        return gp(
          new bi(
            new xp(r.from.type, r.from.isOptional, r.from.isReadonly, r.from.annotations, t),
            r.to,
            r.decode,
            r.encode
          )
        )
    }
  }),
  Ei = (e, t, r) =>
    gp(
      new bi(new xp(e.ast, !0, !0, {}, void 0), new fc(t.ast, !1, !0, {}, void 0), (n) => S(r.decode(n)), _r(r.encode))
    )
var CU = (e, t, r) =>
    gp(new bi(new xp(e.ast, !0, !0, {}, void 0), new fc(t.ast, !0, !0, {}, void 0), r.decode, r.encode)),
  PJ = (e, t) => {
    let r = t?.exact,
      n = t?.default,
      o = t?.nullable,
      s = t?.as == "Option",
      i = t?.onNoneEncoding ? qr(t.onNoneEncoding) : v
    if (r) {
      if (n) {
        return o
          ? Kf(Ei(Xe(e), fo(e), { decode: pe({ onNone: n, onSome: (a) => a === null ? n() : a }), encode: S }), n).ast
          : Kf(Ei(e, fo(e), { decode: pe({ onNone: n, onSome: v }), encode: S }), n).ast
      }
      if (s) {
        let a = AU(fo(e))
        return o ? Ei(Xe(e), a, { decode: Pc(gd), encode: i }).ast : Ei(e, a, { decode: v, encode: v }).ast
      } else return o ? CU(Xe(e), fo(e), { decode: Pc(gd), encode: v }).ast : new Si(e.ast, !0, !0, {}, void 0)
    } else {
      if (n) {
        return o
          ? Kf(Ei(hw(e), fo(e), { decode: pe({ onNone: n, onSome: (a) => a ?? n() }), encode: S }), n).ast
          : Kf(Ei(jf(e), fo(e), { decode: pe({ onNone: n, onSome: (a) => a === void 0 ? n() : a }), encode: S }), n).ast
      }
      if (s) {
        let a = AU(fo(e))
        return o
          ? Ei(hw(e), a, { decode: Pc((c) => c != null), encode: i }).ast
          : Ei(jf(e), a, { decode: Pc(CT), encode: i }).ast
      } else return o ? CU(hw(e), jf(fo(e)), { decode: Pc(gd), encode: v }).ast : new Si(jf(e).ast, !0, !0, {}, void 0)
    }
  },
  mc = (e) => {
    let t = e.ast === jg || e.ast === Kg ? jg : jf(e).ast
    return new Vf(new Si(t, !0, !0, {}, void 0), e)
  },
  _i = p((e) => ts(e[0]), (e, t) => new Vf(PJ(e, t), e)),
  FJ = nw([Bg]),
  MJ = (e, t) => {
    let r = Reflect.ownKeys(e), n = []
    if (r.length > 0) {
      let s = [], i = [], a = []
      for (let c = 0; c < r.length; c++) {
        let u = r[c], l = e[u]
        if (Qf(l)) {
          let f = l.ast
          switch (f._tag) {
            case "PropertySignatureDeclaration": {
              let m = f.type, h = f.isOptional, x = f.annotations
              s.push(new Ye(u, m, h, !0, FJ(f))), i.push(new Ye(u, Ae(m), h, !0, x)), n.push(new Ye(u, m, h, !0, x))
              break
            }
            case "PropertySignatureTransformation": {
              let m = f.from.fromKey ?? u
              s.push(new Ye(m, f.from.type, f.from.isOptional, !0, f.from.annotations)),
                i.push(new Ye(u, f.to.type, f.to.isOptional, !0, f.to.annotations)),
                a.push(new Wg(m, u, f.decode, f.encode))
              break
            }
          }
        } else s.push(new Ye(u, l.ast, !1, !0)), i.push(new Ye(u, Ae(l.ast), !1, !0)), n.push(new Ye(u, l.ast, !1, !0))
      }
      if (Ce(a)) {
        let c = [], u = []
        for (let l of t) {
          let { indexSignatures: f, propertySignatures: m } = rw(l.key.ast, l.value.ast)
          m.forEach((h) => {
            s.push(h), i.push(new Ye(h.name, Ae(h.type), h.isOptional, h.isReadonly, h.annotations))
          }),
            f.forEach((h) => {
              c.push(h), u.push(new rc(h.parameter, Ae(h.type), h.isReadonly))
            })
        }
        return new Zo(
          new tn(s, c, { [sc]: "Struct (Encoded side)" }),
          new tn(i, u, { [sc]: "Struct (Type side)" }),
          new ip(a)
        )
      }
    }
    let o = []
    for (let s of t) {
      let { indexSignatures: i, propertySignatures: a } = rw(s.key.ast, s.value.ast)
      a.forEach((c) => n.push(c)), i.forEach((c) => o.push(c))
    }
    return new tn(n, o)
  },
  HU = (e, t) => {
    let r = Reflect.ownKeys(e)
    for (let n of r) {
      let o = e[n]
      if (t[n] === void 0 && Qf(o)) {
        let s = o.ast, i = s._tag === "PropertySignatureDeclaration" ? s.defaultValue : s.to.defaultValue
        i !== void 0 && (t[n] = i())
      }
    }
    return t
  }
function bw(e, t, r = MJ(e, t)) {
  return class extends qe(r) {
    static annotations(o) {
      return bw(this.fields, this.records, Nn(this.ast, o))
    }
    static fields = { ...e }
    static records = [...t]
    static make = (o, s) => {
      let i = HU(e, { ...o })
      return py(s) ? i : dp(this)(i)
    }
    static pick(...o) {
      return er(yU(e, ...o))
    }
    static omit(...o) {
      return er(EU(e, ...o))
    }
  }
}
function er(e, ...t) {
  return bw(e, t)
}
function WU(e, t, r) {
  return class extends bw({}, [{ key: e, value: t }], r) {
    static annotations(o) {
      return WU(e, t, Nn(this.ast, o))
    }
    static key = e
    static value = t
  }
}
var Ep = (e) => WU(e.key, e.value)
function BU(e, t) {
  return class extends qe(t) {
    static annotations(n) {
      return BU(this.from, Nn(this.ast, n))
    }
    static make = (n, o) => py(o) ? n : dp(this)(n)
    static from = e
  }
}
var Oi = (e, t) => (r) => {
  let n = pe(jk(r.ast), { onNone: () => [e], onSome: (s) => [...s, e] }), o = Lf(r.ast, Ci({ [Fk]: n, ...t }))
  return BU(r, o)
}
var zf = (e, t, r) => {
    if (xi(e) && xi(t)) {
      let n = [...e.propertySignatures]
      for (let o of t.propertySignatures) {
        let s = o.name, i = n.findIndex((a) => a.name === s)
        if (i === -1) n.push(o)
        else {
          let { isOptional: a, type: c } = n[i]
          n[i] = new Ye(s, ay(c, o.type, r.concat(s)), a, !0)
        }
      }
      return new tn(n, e.indexSignatures.concat(t.indexSignatures))
    }
    throw new Error(hk(e, t, r))
  },
  vJ = Y2([Ff]),
  $f = (e, t) => t.map((r) => new oc(r, e.filter, vJ(e))),
  ay = (e, t, r) => Yt.make(es([e], [t], r)),
  pc = (e) => ap(e) ? e.types : [e],
  es = (e, t, r) =>
    zi(e, (n) =>
      zi(t, (o) => {
        switch (o._tag) {
          case "Literal": {
            if (ut(o.literal) && hi(n) || Bt(o.literal) && Yk(n) || go(o.literal) && ew(n)) return [o]
            break
          }
          case "StringKeyword": {
            if (o === Gg) {
              if (hi(n) || rn(n) && ut(n.literal)) return [n]
              if (lo(n)) return $f(n, es(pc(n.from), [o], r))
            } else if (n === Gg) return [o]
            break
          }
          case "NumberKeyword": {
            if (o === Vg) {
              if (Yk(n) || rn(n) && Bt(n.literal)) return [n]
              if (lo(n)) return $f(n, es(pc(n.from), [o], r))
            } else if (n === Vg) return [o]
            break
          }
          case "BooleanKeyword": {
            if (o === Xk) {
              if (ew(n) || rn(n) && go(n.literal)) return [n]
              if (lo(n)) return $f(n, es(pc(n.from), [o], r))
            } else if (n === Xk) return [o]
            break
          }
          case "Union":
            return es(pc(n), o.types, r)
          case "Suspend":
            return [new nc(() => ay(n, o.f(), r))]
          case "Refinement":
            return $f(o, es(pc(n), pc(o.from), r))
          case "TypeLiteral": {
            switch (n._tag) {
              case "Union":
                return es(n.types, [o], r)
              case "Suspend":
                return [new nc(() => ay(n.f(), o, r))]
              case "Refinement":
                return $f(n, es(pc(n.from), [o], r))
              case "TypeLiteral":
                return [zf(n, o, r)]
              case "Transformation": {
                let s = n.transformation, i = zf(n.from, o, r), a = zf(n.to, Ae(o), r)
                switch (s._tag) {
                  case "TypeLiteralTransformation":
                    return [new Zo(i, a, new ip(s.propertySignatureTransformations))]
                  case "ComposeTransformation":
                    return [new Zo(i, a, V2)]
                  case "FinalTransformation":
                    return [
                      new Zo(
                        i,
                        a,
                        new Pf(
                          (c, u, l, f) => At(s.decode(c, u, l, f), (m) => ({ ...c, ...m })),
                          (c, u, l, f) => At(s.encode(c, u, l, f), (m) => ({ ...c, ...m }))
                        )
                      )
                    ]
                }
              }
            }
            break
          }
          case "Transformation": {
            if (Nf(n)) {
              if (tw(o.transformation) && tw(n.transformation)) {
                return [
                  new Zo(
                    zf(n.from, o.from, r),
                    zf(n.to, o.to, r),
                    new ip(
                      o.transformation.propertySignatureTransformations.concat(
                        n.transformation.propertySignatureTransformations
                      )
                    )
                  )
                ]
              }
            } else return es([o], [n], r)
            break
          }
        }
        throw new Error(hk(n, o, r))
      })),
  zU = p(2, (e, t) => qe(ay(e.ast, t.ast, [])))
var $U = Symbol.for("effect/SchemaId/Refine")
function jU(e, t, r) {
  return class extends qe(r) {
    static annotations(o) {
      return jU(this.from, this.filter, Nn(this.ast, o))
    }
    static [$U] = e
    static from = e
    static filter = t
    static make = (o, s) => py(s) ? o : dp(this)(o)
  }
}
var _U = (e, t, r) => {
    if (go(e)) return e ? y() : S(new ct(t, r))
    if (ut(e)) return S(new ct(t, r, e))
    if (e !== void 0) {
      if ("_tag" in e) return S(e)
      let n = new ct(t, r, e.message)
      return S(Ce(e.path) ? new at(e.path, r, n) : n)
    }
    return y()
  },
  DJ = (e, t, r) => {
    if (b2(e)) return _U(e, t, r)
    if (Ce(e)) {
      let n = Hp(e, (o) => _U(o, t, r))
      if (Ce(n)) return S(n.length === 1 ? n[0] : new Ne(t, r, n))
    }
    return y()
  }
function KU(e, t) {
  return (r) => {
    function n(s, i, a) {
      return DJ(e(s, i, a), a, s)
    }
    let o = new oc(r.ast, n, Ci(t))
    return jU(r, n, o)
  }
}
function GU(e, t, r) {
  return class extends qe(r) {
    static annotations(o) {
      return GU(this.from, this.to, Nn(this.ast, o))
    }
    static from = e
    static to = t
  }
}
var yp = p((e) => ts(e[0]) && ts(e[1]), (e, t, r) => GU(e, t, new Zo(e.ast, t.ast, new Pf(r.decode, r.encode)))),
  VU = p(
    (e) => ts(e[0]) && ts(e[1]),
    (e, t, r) =>
      yp(e, t, { strict: !0, decode: (n, o, s, i) => Fr(r.decode(n, i)), encode: (n, o, s, i) => Fr(r.encode(n, i)) })
  )
var JU = p(2, (e, t) => e.annotations(t))
var OU = Symbol.for("effect/SchemaId/Pattern"),
  Cw = (e, t) => (r) => {
    let n = e.source
    return r.pipe(
      KU((o) => (e.lastIndex = 0, e.test(o)), {
        schemaId: OU,
        [OU]: { regex: e },
        description: `a string matching the pattern ${n}`,
        jsonSchema: { pattern: n },
        ...t
      })
    )
  }
var NJ = Symbol.for("effect/SchemaId/UUID"),
  kU = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/i,
  wU = class extends Z.pipe(
    Cw(kU, {
      schemaId: NJ,
      identifier: "UUID",
      jsonSchema: { format: "uuid", pattern: kU.source },
      description: "a Universally Unique Identifier",
      arbitrary: () => (t) => t.uuid()
    })
  ) {}
var LJ = R2,
  UJ = (e) => (t) =>
    t.pipe(
      KU((r) => Number.isSafeInteger(r), {
        schemaId: LJ,
        title: "int",
        description: "an integer",
        jsonSchema: { type: "integer" },
        ...e
      })
    )
var dc = class extends on.pipe(UJ({ identifier: "Int" })) {}
var qJ = (e, t, r, n) => nU(e, { onFailure: (o) => new Ne(r, n, o), onSuccess: t })
var TU = T2,
  RU = class extends uy(yd, {
    typeConstructor: { _tag: "Date" },
    identifier: "DateFromSelf",
    schemaId: TU,
    [TU]: { noInvalidDate: !1 },
    description: "a potentially invalid Date instance",
    pretty: () => (t) => `new Date(${JSON.stringify(t)})`,
    arbitrary: () => (t) => t.date({ noInvalidDate: !1 }),
    equivalence: () => yT
  }) {}
var cy = class extends uy((t) => l2(t) && f2(t), {
  typeConstructor: { _tag: "effect/DateTime.Utc" },
  identifier: "DateTimeUtcFromSelf",
  description: "a DateTime.Utc instance",
  pretty: () => (t) => t.toString(),
  arbitrary: () => (t) => t.date({ noInvalidDate: !0 }).map((r) => m2(r)),
  equivalence: () => d2
}) {}
var HJ = (e) => e._tag === "None" ? y() : S(e.value),
  WJ = (e, t) => (r) =>
    r.oneof(t, r.record({ _tag: r.constant("None") }), r.record({ _tag: r.constant("Some"), value: e(r) })).map(HJ),
  BJ = (e) => pe({ onNone: () => "none()", onSome: (t) => `some(${e(t)})` }),
  IU = (e) => (t, r, n) => YT(t) ? xe(t) ? Fr(y()) : qJ(e(t.value, r), S, n, t) : cc(new ct(n, t)),
  AU = (e) =>
    uy([e], { decode: (t) => IU(iU(t)), encode: (t) => IU(fw(t)) }, {
      typeConstructor: { _tag: "effect/Option" },
      pretty: BJ,
      arbitrary: WJ,
      equivalence: tR
    })
var zJ = (e) => ts(e) || Qf(e),
  QU = (e) => Reflect.ownKeys(e).every((t) => zJ(e[t])),
  _w = (e) => "fields" in e ? e.fields : _w(e[$U]),
  Ow = (e) => QU(e) ? er(e) : ts(e) ? e : er(_w(e)),
  kw = (e) => QU(e) ? e : _w(e),
  ki = (e) => (t, r) => Gf({ kind: "Class", identifier: e, schema: Ow(t), fields: kw(t), Base: eD, annotations: r }),
  $J = (e) => Kf(Ew(vr(e)), () => e)
var Ln = (e) => (t, r, n) => {
    class o extends Xl {}
    o.prototype.name = t
    let s = kw(r), i = Ow(r), a = { _tag: $J(t) }, c = ry(a, s), u = "message" in c
    class l extends Gf({
      kind: "TaggedError",
      identifier: e ?? t,
      schema: zU(i, er(a)),
      fields: c,
      Base: o,
      annotations: n,
      disableToString: !0
    }) {
      static _tag = t
    }
    return u || Object.defineProperty(l.prototype, "message", {
      get() {
        return `{ ${Reflect.ownKeys(s).map((f) => `${cs(f)}: ${Cr(this[f])}`).join(", ")} }`
      },
      enumerable: !1,
      configurable: !0
    }),
      l
  },
  ry = (e, t) => {
    let r = { ...e }
    for (let n of Reflect.ownKeys(t)) {
      if (n in e) throw new Error(Hg(n))
      r[n] = t[n]
    }
    return r
  }
function py(e) {
  return go(e) ? e : e?.disableValidation ?? !1
}
var PU = H("effect/Schema/astCache", () => new WeakMap()),
  jJ = (e) => e === void 0 ? [] : Array.isArray(e) ? e : [e],
  Gf = ({ Base: e, annotations: t, disableToString: r, fields: n, identifier: o, kind: s, schema: i }) => {
    let a = Symbol.for(`effect/Schema/${s}/${o}`),
      [c, u, l] = jJ(t),
      f = fo(i),
      m = f.annotations({ identifier: o, ...c }),
      h = f.annotations({ [sc]: `${o} (Type side)`, ...c }),
      x = i.annotations({ [sc]: `${o} (Constructor)`, ...c }),
      b = i.annotations({ [sc]: `${o} (Encoded side)`, ...l }),
      C = i.annotations({ ...l, ...c, ...u }),
      k = (O) => I(O, a) && Bf(h)(O),
      F = class extends e {
        constructor(O = {}, N = !1) {
          O = { ...O }, s !== "Class" && delete O._tag, O = HU(n, O), py(N) || (O = dp(x)(O)), super(O, !0)
        }
        static [lc] = xw
        static get ast() {
          let O = PU.get(this)
          if (O) return O
          let N = uy([i], {
            decode: () => (L, U, W) => L instanceof this || k(L) ? Fr(L) : cc(new ct(W, L)),
            encode: () => (L, U) => L instanceof this ? Fr(L) : At(fw(h)(L, U), (W) => new this(W, !0))
          }, {
            identifier: o,
            pretty: (L) => (U) => `${o}(${L(U)})`,
            arbitrary: (L) => (U) => L(U).map((W) => new this(W)),
            equivalence: v,
            [Mf]: m.ast,
            ...c
          })
          return O = VU(b, N, {
            strict: !0,
            decode: (L) => new this(L, !0),
            encode: v
          }).annotations({ [Mf]: C.ast, ...u }).ast,
            PU.set(this, O),
            O
        }
        static pipe() {
          return E(this, arguments)
        }
        static annotations(O) {
          return qe(this.ast).annotations(O)
        }
        static toString() {
          return `(${String(b)} <-> ${o})`
        }
        static make(...O) {
          return new this(...O)
        }
        static fields = { ...n }
        static identifier = o
        static extend(O) {
          return (N, L) => {
            let U = kw(N), W = Ow(N), K = ry(n, U)
            return Gf({ kind: s, identifier: O, schema: zU(i, W), fields: K, Base: this, annotations: L })
          }
        }
        static transformOrFail(O) {
          return (N, L, U) => {
            let W = ry(n, N)
            return Gf({ kind: s, identifier: O, schema: yp(i, fo(er(W)), L), fields: W, Base: this, annotations: U })
          }
        }
        static transformOrFailFrom(O) {
          return (N, L, U) => {
            let W = ry(n, N)
            return Gf({ kind: s, identifier: O, schema: yp(OJ(i), er(W), L), fields: W, Base: this, annotations: U })
          }
        }
        get [a]() {
          return a
        }
      }
    return r !== !0 && Object.defineProperty(F.prototype, "toString", {
      value() {
        return `${o}({ ${Reflect.ownKeys(n).map((O) => `${cs(O)}: ${Cr(this[O])}`).join(", ")} })`
      },
      configurable: !0,
      writable: !0
    }),
      F
  }
var Jf = class extends VU(Mr, Mr, {
  strict: !0,
  decode: (t) => {
    if (Ct(t) && "message" in t && typeof t.message == "string") {
      let r = new Error(t.message, { cause: t })
      return "name" in t && typeof t.name == "string" && (r.name = t.name),
        r.stack = "stack" in t && typeof t.stack == "string" ? t.stack : "",
        r
    }
    return pm(t)
  },
  encode: (t) => t instanceof Error ? { name: t.name, message: t.message } : pm(t)
}).annotations({ identifier: "Defect" }) {}
var ly = Symbol.for("@effect/platform/Error")
var ww = (e, t) => {
    class r extends Xl {
      _tag = t
    }
    return r.prototype[e] = e, r.prototype.name = t, r
  },
  XU = vr("Clipboard", "Command", "FileSystem", "KeyValueStore", "Path", "Stream", "Terminal"),
  ZU = class extends Ln("@effect/platform/Error/BadArgument")("BadArgument", {
    module: XU,
    method: Z,
    description: mc(Z),
    cause: mc(Jf)
  }) {
    [ly] = ly
    get message() {
      return `${this.module}.${this.method}${this.description ? `: ${this.description}` : ""}`
    }
  },
  KJ = vr(
    "AlreadyExists",
    "BadResource",
    "Busy",
    "InvalidData",
    "NotFound",
    "PermissionDenied",
    "TimedOut",
    "UnexpectedEof",
    "Unknown",
    "WouldBlock",
    "WriteZero"
  ),
  YU = class extends Ln("@effect/platform/Error/SystemError")("SystemError", {
    reason: KJ,
    module: XU,
    method: Z,
    description: mc(Z),
    syscall: mc(Z),
    pathOrDescriptor: mc(Er(Z, on)),
    cause: mc(Jf)
  }) {
    [ly] = ly
    get message() {
      return `${this.reason}: ${this.module}.${this.method}${
        this.pathOrDescriptor !== void 0 ? ` (${this.pathOrDescriptor})` : ""
      }${this.description ? `: ${this.description}` : ""}`
    }
  }
var eq = Symbol.for("@effect/platform/Cookies")
var tq = Symbol.for("@effect/platform/Cookies/Cookie")
var VJ = {
    [eq]: eq,
    ...Ni,
    toJSON() {
      return { _id: "@effect/platform/Cookies", cookies: sR(this.cookies, (e) => e.toJSON()) }
    },
    pipe() {
      return E(this, arguments)
    }
  },
  JJ = (e) => {
    let t = Object.create(VJ)
    return t.cookies = e, t
  },
  nq = (e) => {
    let t = {}
    for (let r of e) t[r.name] = r
    return JJ(t)
  },
  fy = (e) => {
    let t = typeof e == "string" ? [e] : e, r = []
    for (let n of t) {
      let o = QJ(n.trim())
      V(o) && r.push(o.value)
    }
    return nq(r)
  }
function QJ(e) {
  let t = e.split(";").map((a) => a.trim()).filter((a) => a !== "")
  if (t.length === 0) return y()
  let r = t[0].indexOf("=")
  if (r === -1) return y()
  let n = t[0].slice(0, r)
  if (!ZJ.test(n)) return y()
  let o = t[0].slice(r + 1), s = YJ(o)
  if (t.length === 1) return S(Object.assign(Object.create(rq), { name: n, value: s, valueEncoded: o }))
  let i = {}
  for (let a = 1; a < t.length; a++) {
    let c = t[a],
      u = c.indexOf("="),
      l = u === -1 ? c : c.slice(0, u).trim(),
      f = u === -1 ? void 0 : c.slice(u + 1).trim()
    switch (l.toLowerCase()) {
      case "domain": {
        if (f === void 0) break
        let m = f.trim().replace(/^\./, "")
        m && (i.domain = m)
        break
      }
      case "expires": {
        if (f === void 0) break
        let m = new Date(f)
        isNaN(m.getTime()) || (i.expires = m)
        break
      }
      case "max-age": {
        if (f === void 0) break
        let m = parseInt(f, 10)
        isNaN(m) || (i.maxAge = oa(m))
        break
      }
      case "path": {
        if (f === void 0) break
        f[0] === "/" && (i.path = f)
        break
      }
      case "priority": {
        if (f === void 0) break
        switch (f.toLowerCase()) {
          case "low":
            i.priority = "low"
            break
          case "medium":
            i.priority = "medium"
            break
          case "high":
            i.priority = "high"
            break
        }
        break
      }
      case "httponly": {
        i.httpOnly = !0
        break
      }
      case "secure": {
        i.secure = !0
        break
      }
      case "partitioned": {
        i.partitioned = !0
        break
      }
      case "samesite": {
        if (f === void 0) break
        switch (f.toLowerCase()) {
          case "lax":
            i.sameSite = "lax"
            break
          case "strict":
            i.sameSite = "strict"
            break
          case "none":
            i.sameSite = "none"
            break
        }
        break
      }
    }
  }
  return S(
    Object.assign(Object.create(rq), {
      name: n,
      value: s,
      valueEncoded: o,
      options: Object.keys(i).length > 0 ? i : void 0
    })
  )
}
var oq = nq([])
var ZJ = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
var rq = {
  [tq]: tq,
  ...Ni,
  toJSON() {
    return { _id: "@effect/platform/Cookies/Cookie", name: this.name, value: this.value, options: this.options }
  }
}
var YJ = (e) => {
  try {
    return decodeURIComponent(e)
  } catch {
    return e
  }
}
var iq = Symbol.for("@effect/platform/Headers")
var Zf = Object.assign(Object.create(null), {
    [iq]: iq,
    [vp](e) {
      return hy(this, dh(e, Aw))
    }
  }),
  Tw = (e) => Object.assign(Object.create(Zf), e)
var Rw = Object.create(Zf),
  Iw = (e) => {
    if (e === void 0) return Rw
    if (Symbol.iterator in e) {
      let r = Object.create(Zf)
      for (let [n, o] of e) r[n.toLowerCase()] = o
      return r
    }
    let t = Object.create(Zf)
    for (let [r, n] of Object.entries(e)) {
      Array.isArray(n)
        ? t[r.toLowerCase()] = n.join(", ")
        : n !== void 0 && (t[r.toLowerCase()] = n)
    }
    return t
  },
  dy = (e) => Object.setPrototypeOf(e, Zf)
var my = p(3, (e, t, r) => {
    let n = Tw(e)
    return n[t.toLowerCase()] = r, n
  }),
  aq = p(2, (e, t) => Tw({ ...e, ...Iw(t) }))
var cq = p(2, (e, t) => {
    let r = Tw(e),
      n = (o) => {
        if (typeof o == "string") {
          let s = o.toLowerCase()
          s in e && delete r[s]
        } else for (let s in e) o.test(s) && delete r[s]
      }
    if (Array.isArray(t)) { for (let o = 0; o < t.length; o++) n(t[o]) }
    else n(t)
    return r
  }),
  hy = p(2, (e, t) => {
    let r = { ...e },
      n = (o) => {
        if (typeof o == "string") {
          let s = o.toLowerCase()
          s in e && (r[s] = uc(e[s]))
        } else for (let s in e) o.test(s) && (r[s] = uc(e[s]))
      }
    if (Array.isArray(t)) { for (let o = 0; o < t.length; o++) n(t[o]) }
    else n(t)
    return r
  }),
  Aw = H(
    "@effect/platform/Headers/currentRedactedNames",
    () => ff(["authorization", "cookie", "set-cookie", "x-api-key"])
  )
var uq = Symbol.for("@effect/platform/HttpClientError")
var pq = uq
var wi = class extends ww(pq, "RequestError") {
    get methodAndUrl() {
      return `${this.request.method} ${this.request.url}`
    }
    get message() {
      return this.description
        ? `${this.reason}: ${this.description} (${this.methodAndUrl})`
        : `${this.reason} error (${this.methodAndUrl})`
    }
  },
  sn = class extends ww(pq, "ResponseError") {
    get methodAndUrl() {
      return `${this.request.method} ${this.request.url}`
    }
    get message() {
      let t = `${this.response.status} ${this.methodAndUrl}`
      return this.description ? `${this.reason}: ${this.description} (${t})` : `${this.reason} error (${t})`
    }
  }
var Fw = xf
var lq = op
var Xf = Ue
var fq = Qe
var Mw = ai
var dq = An
var mq = Ze
var xq = ek
var Ti = (e) => {
    let t = gq(e), r = []
    for (let n = 0; n < t.length; n++) {
      if (Array.isArray(t[n][0])) {
        let [o, s] = t[n]
        r.push([`${o[0]}[${o.slice(1).join("][")}]`, s])
      } else r.push(t[n])
    }
    return r
  },
  gq = (e) => {
    let t = Symbol.iterator in e ? le(e) : Object.entries(e), r = []
    for (let [n, o] of t) {
      if (Array.isArray(o)) { for (let s = 0; s < o.length; s++) o[s] !== void 0 && r.push([n, String(o[s])]) }
      else if (typeof o == "object") {
        let s = gq(o)
        for (let [i, a] of s) r.push([[n, ...typeof i == "string" ? [i] : i], a])
      } else o !== void 0 && r.push([n, String(o)])
    }
    return r
  }
var yq = []
var Eq = p(2, (e, t) => {
  let r = Ti(t), n = new Set()
  for (let o = 0; o < r.length; o++) n.add(r[o][0])
  for (let o = 0; o < e.length; o++) n.has(e[o][0]) || r.push(e[o])
  return r
})
var vw = (e, t, r) => {
    try {
      let n = new URL(e, tQ())
      for (let o = 0; o < t.length; o++) {
        let [s, i] = t[o]
        i !== void 0 && n.searchParams.append(s, i)
      }
      return r._tag === "Some" && (n.hash = r.value), P(n)
    } catch (n) {
      return w(n)
    }
  },
  Sq = (e) => new URLSearchParams(e).toString(),
  tQ = () => {
    if (
      "location" in globalThis && globalThis.location !== void 0 && globalThis.location.origin !== void 0 &&
      globalThis.location.pathname !== void 0
    ) return location.origin + location.pathname
  }
var ho = Symbol.for("@effect/platform/HttpIncomingMessage")
var gy = class extends sr()("@effect/platform/HttpIncomingMessage/MaxBodySize", { defaultValue: y }) {}
var bq = (e, t) => {
  let r = e.headers["content-type"] ?? "", n
  if (r.includes("application/json")) {
    try {
      n = In(e.json)
    } catch {}
  } else if (r.includes("text/") || r.includes("urlencoded")) {
    try {
      n = In(e.text)
    } catch {}
  }
  let o = { ...t, headers: us(e.headers), remoteAddress: e.remoteAddress.toJSON() }
  return n !== void 0 && (o.body = n), o
}
var yy = (e) =>
  dy({
    b3: `${e.traceId}-${e.spanId}-${e.sampled ? "1" : "0"}${
      e.parent._tag === "Some" ? `-${e.parent.value.spanId}` : ""
    }`,
    traceparent: `00-${e.traceId}-${e.spanId}-${e.sampled ? "01" : "00"}`
  })
var Nw = Symbol.for("@effect/platform/HttpBody")
var Ey = class {
    [Nw]
    constructor() {
      this[Nw] = Nw
    }
    [z]() {
      return this.toJSON()
    }
    toString() {
      return te(this)
    }
  },
  Lw = class extends Ey {
    _tag = "Empty"
    toJSON() {
      return { _id: "@effect/platform/HttpBody", _tag: "Empty" }
    }
  },
  _q = new Lw()
var Uw = class extends Ey {
    body
    contentType
    _tag = "Uint8Array"
    constructor(t, r) {
      super(), this.body = t, this.contentType = r
    }
    get contentLength() {
      return this.body.length
    }
    toJSON() {
      return {
        _id: "@effect/platform/HttpBody",
        _tag: "Uint8Array",
        body: this.contentType.startsWith("text/") || this.contentType.endsWith("json")
          ? new TextDecoder().decode(this.body)
          : `Uint8Array(${this.body.length})`,
        contentType: this.contentType,
        contentLength: this.contentLength
      }
    }
  },
  Oq = (e, t) => new Uw(e, t ?? "application/octet-stream"),
  nQ = new TextEncoder(),
  kq = (e, t) => Oq(nQ.encode(e), t ?? "text/plain")
var wq = Symbol.for("@effect/platform/HttpClientRequest"),
  sQ = {
    [wq]: wq,
    ...Ni,
    toJSON() {
      return {
        _id: "@effect/platform/HttpClientRequest",
        method: this.method,
        url: this.url,
        urlParams: this.urlParams,
        hash: this.hash,
        headers: us(this.headers),
        body: this.body.toJSON()
      }
    },
    pipe() {
      return E(this, arguments)
    }
  }
function rs(e, t, r, n, o, s) {
  let i = Object.create(sQ)
  return i.method = e, i.url = t, i.urlParams = r, i.hash = n, i.headers = o, i.body = s, i
}
var iQ = rs("GET", "", yq, y(), Rw, _q),
  Ri = (e) => (t, r) => Rq(iQ, { method: e, url: t, ...r ?? void 0 }),
  Sy = Ri("GET"),
  by = Ri("POST"),
  qw = Ri("PUT"),
  Hw = Ri("PATCH"),
  Ww = Ri("DELETE"),
  Bw = Ri("HEAD"),
  zw = Ri("OPTIONS"),
  Rq = p(2, (e, t) => {
    let r = e
    return t.method && (r = Pq(r, t.method)),
      t.url && (r = jw(r, t.url)),
      t.headers && (r = td(r, t.headers)),
      t.urlParams && (r = Fq(r, t.urlParams)),
      t.hash && (r = Mq(r, t.hash)),
      t.body && (r = Kw(r, t.body)),
      t.accept && (r = $w(r, t.accept)),
      t.acceptJson && (r = Aq(r)),
      r
  }),
  ed = p(3, (e, t, r) => rs(e.method, e.url, e.urlParams, e.hash, my(e.headers, t, r), e.body)),
  td = p(2, (e, t) => rs(e.method, e.url, e.urlParams, e.hash, aq(e.headers, t), e.body)),
  Tq = (e) => typeof e == "string" ? e : hp(e),
  Iq = p(3, (e, t, r) => ed(e, "Authorization", `Basic ${btoa(`${Tq(t)}:${Tq(r)}`)}`))
var $w = p(2, (e, t) => ed(e, "Accept", t)),
  Aq = $w("application/json"),
  Pq = p(2, (e, t) => rs(t, e.url, e.urlParams, e.hash, e.headers, e.body)),
  jw = p(2, (e, t) => {
    if (typeof t == "string") return rs(e.method, t, e.urlParams, e.hash, e.headers, e.body)
    let r = new URL(t.toString()), n = Ti(r.searchParams), o = r.hash ? S(r.hash.slice(1)) : y()
    return r.search = "", r.hash = "", rs(e.method, r.toString(), n, o, e.headers, e.body)
  })
var Fq = p(2, (e, t) => rs(e.method, e.url, Eq(e.urlParams, t), e.hash, e.headers, e.body)),
  Mq = p(2, (e, t) => rs(e.method, e.url, e.urlParams, S(t), e.headers, e.body))
var Kw = p(2, (e, t) => {
  let r = e.headers
  if (t._tag === "Empty" || t._tag === "FormData") r = cq(r, ["Content-type", "Content-length"])
  else {
    let n = t.contentType
    n && (r = my(r, "content-type", n))
    let o = t.contentLength
    o && (r = my(r, "content-length", o.toString()))
  }
  return rs(e.method, e.url, e.urlParams, e.hash, r, t)
})
var vq = p(2, (e, t) => Kw(e, kq(Sq(Ti(t)), "application/x-www-form-urlencoded")))
var Ii = Symbol.for("@effect/platform/HttpClientResponse")
var Nq = class extends Oc {
  request
  source;
  [ho];
  [Ii]
  constructor(t, r) {
    super(), this.request = t, this.source = r, this[ho] = ho, this[Ii] = Ii
  }
  toJSON() {
    return bq(this, { _id: "@effect/platform/HttpClientResponse", request: this.request.toJSON(), status: this.status })
  }
  get status() {
    return this.source.status
  }
  get headers() {
    return Iw(this.source.headers)
  }
  cachedCookies
  get cookies() {
    return this.cachedCookies ? this.cachedCookies : this.cachedCookies = fy(this.source.headers.getSetCookie())
  }
  get remoteAddress() {
    return y()
  }
  get stream() {
    return this.source.body
      ? n2(() => this.source.body, (t) => new sn({ request: this.request, response: this, reason: "Decode", cause: t }))
      : e2(
        new sn({
          request: this.request,
          response: this,
          reason: "EmptyBody",
          description: "can not create stream from empty body"
        })
      )
  }
  get json() {
    return YD(this.text, {
      try: (t) => t === "" ? null : JSON.parse(t),
      catch: (t) => new sn({ request: this.request, response: this, reason: "Decode", cause: t })
    })
  }
  textBody
  get text() {
    return this.textBody ??= ri({
      try: () => this.source.text(),
      catch: (t) => new sn({ request: this.request, response: this, reason: "Decode", cause: t })
    }).pipe(Dx, In)
  }
  get urlParamsBody() {
    return q(
      this.text,
      (t) =>
        zu({
          try: () => Ti(new URLSearchParams(t)),
          catch: (r) => new sn({ request: this.request, response: this, reason: "Decode", cause: r })
        })
    )
  }
  formDataBody
  get formData() {
    return this.formDataBody ??= ri({
      try: () => this.source.formData(),
      catch: (t) => new sn({ request: this.request, response: this, reason: "Decode", cause: t })
    }).pipe(Dx, In)
  }
  arrayBufferBody
  get arrayBuffer() {
    return this.arrayBufferBody ??= ri({
      try: () => this.source.arrayBuffer(),
      catch: (t) => new sn({ request: this.request, response: this, reason: "Decode", cause: t })
    }).pipe(Dx, In)
  }
}
var uQ = (e) => `http.request.header.${e}`,
  pQ = "http.request.method",
  lQ = (e) => `http.response.header.${e}`,
  fQ = "http.response.status_code",
  dQ = "server.address",
  mQ = "server.port",
  hQ = "url.full",
  xQ = "url.path",
  gQ = "url.scheme",
  yQ = "url.query",
  Gw = Symbol.for("@effect/platform/HttpClient"),
  Vw = ft("@effect/platform/HttpClient"),
  Jw = H(Symbol.for("@effect/platform/HttpClient/tracerDisabledWhen"), () => ff(pn)),
  Uq = p(2, (e, t) => jq(e, iN(Jw, t))),
  qq = H(Symbol.for("@effect/platform/HttpClient/currentTracerPropagation"), () => ff(!0))
var Hq = sr()("@effect/platform/HttpClient/SpanNameGenerator", { defaultValue: () => (e) => `http.client ${e.method}` })
var EQ = {
  [Gw]: Gw,
  pipe() {
    return E(this, arguments)
  },
  ...Ni,
  toJSON() {
    return { _id: "@effect/platform/HttpClient" }
  },
  get(e, t) {
    return this.execute(Sy(e, t))
  },
  head(e, t) {
    return this.execute(Bw(e, t))
  },
  post(e, t) {
    return this.execute(by(e, t))
  },
  put(e, t) {
    return this.execute(qw(e, t))
  },
  patch(e, t) {
    return this.execute(Hw(e, t))
  },
  del(e, t) {
    return this.execute(Ww(e, t))
  },
  options(e, t) {
    return this.execute(zw(e, t))
  }
}
var Sp = (e, t) => {
    let r = Object.create(EQ)
    return r.preprocess = t,
      r.postprocess = e,
      r.execute = function(n) {
        return e(t(n))
      },
      r
  },
  Cy = H("@effect/platform/HttpClient/responseRegistry", () => {
    if ("FinalizationRegistry" in globalThis && globalThis.FinalizationRegistry) {
      let t = new FinalizationRegistry((r) => {
        r.abort()
      })
      return {
        register(r, n) {
          t.register(r, n, r)
        },
        unregister(r) {
          t.unregister(r)
        }
      }
    }
    let e = new Map()
    return {
      register(t, r) {
        e.set(t, setTimeout(() => r.abort(), 5e3))
      },
      unregister(t) {
        let r = e.get(t)
        r !== void 0 && (clearTimeout(r), e.delete(t))
      }
    }
  }),
  Wq = H("@effect/platform/HttpClient/scopedRequests", () => new WeakMap()),
  Bq = (e) =>
    Sp((t) =>
      q(t, (r) =>
        sf((n) => {
          let o = Wq.get(r), s = o ?? new AbortController(), i = vw(r.url, r.urlParams, r.hash)
          if (i._tag === "Left") return fe(new wi({ request: r, reason: "InvalidUrl", cause: i.left }))
          let a = i.right
          if (!n.getFiberRef(_N) || n.getFiberRef(Jw)(r)) {
            let l = e(r, a, s.signal, n)
            return o ? l : za((f) =>
              Zt(f(l), {
                onSuccess(m) {
                  return Cy.register(m, s), se(new _y(m, s))
                },
                onFailure(m) {
                  return Jl(m) && s.abort(), Ut(m)
                }
              })
            )
          }
          let u = Br(n.currentContext, Hq)
          return dN(u(r), { kind: "client", captureStackTrace: !1 }, (l) => {
            l.attribute(pQ, r.method),
              l.attribute(dQ, a.origin),
              a.port !== "" && l.attribute(mQ, +a.port),
              l.attribute(hQ, a.toString()),
              l.attribute(xQ, a.pathname),
              l.attribute(gQ, a.protocol.slice(0, -1))
            let f = a.search.slice(1)
            f !== "" && l.attribute(yQ, f)
            let m = n.getFiberRef(Aw), h = hy(r.headers, m)
            for (let x in h) l.attribute(uQ(x), String(h[x]))
            return r = n.getFiberRef(qq) ? td(r, yy(l)) : r,
              za((x) =>
                x(e(r, a, s.signal, n)).pipe(
                  hN(l),
                  Zt({
                    onSuccess: (b) => {
                      l.attribute(fQ, b.status)
                      let C = hy(b.headers, m)
                      for (let k in C) l.attribute(lQ(k), String(C[k]))
                      return o ? se(b) : (Cy.register(b, s), se(new _y(b, s)))
                    },
                    onFailure(b) {
                      return !o && Jl(b) && s.abort(), Ut(b)
                    }
                  })
                )
              )
          })
        })), se),
  _y = class {
    original
    controller
    constructor(t, r) {
      this.original = t, this.controller = r
    }
    [Ii] = Ii;
    [ho] = ho
    applyInterrupt(t) {
      return X(() => (Cy.unregister(this.original),
        XD(t, () =>
          ye(() => {
            this.controller.abort()
          })))
      )
    }
    get request() {
      return this.original.request
    }
    get status() {
      return this.original.status
    }
    get headers() {
      return this.original.headers
    }
    get cookies() {
      return this.original.cookies
    }
    get remoteAddress() {
      return this.original.remoteAddress
    }
    get formData() {
      return this.applyInterrupt(this.original.formData)
    }
    get text() {
      return this.applyInterrupt(this.original.text)
    }
    get json() {
      return this.applyInterrupt(this.original.json)
    }
    get urlParamsBody() {
      return this.applyInterrupt(this.original.urlParamsBody)
    }
    get arrayBuffer() {
      return this.applyInterrupt(this.original.arrayBuffer)
    }
    get stream() {
      return u2(() => (Cy.unregister(this.original),
        XL(
          this.original.stream,
          ye(() => {
            this.controller.abort()
          })
        ))
      )
    }
    toJSON() {
      return this.original.toJSON()
    }
    [z]() {
      return this.original[z]()
    }
  },
  zq = (e) =>
    $q(e, (t, r) => {
      let n = new AbortController()
      return Wq.set(r, n), de(eO((o) => qa(o, ye(() => n.abort()))), t)
    }),
  { del: SQ, execute: bQ, get: CQ, head: _Q, options: OQ, patch: kQ, post: wQ, put: TQ } = oN(Vw),
  $q = p(2, (e, t) => {
    let r = e
    return Sp(q((n) => t(r.postprocess(se(n)), n)), r.preprocess)
  })
var jq = p(2, (e, t) => {
  let r = e
  return Sp((n) => t(r.postprocess(n)), r.preprocess)
})
var Kq = p(2, (e, t) => {
    let r = e
    return Sp(r.postprocess, (n) => Q(r.preprocess(n), t))
  }),
  Gq = p(2, (e, t) => {
    let r = e
    return Sp(r.postprocess, (n) => q(r.preprocess(n), t))
  })
var Oy = Vw
var Vq = Bq
var Jq = Kq, Qq = Gq
var Zq = Uq
var Yq = zq
var Te = Symbol.for("@effect-flex/core/internal/compile/refused"),
  Xw = (e, t) => {
    let r = { plans: new Map(), classes: new Map(), fallbacks: [], constructed: [], stepwise: [] }
    for (let o of t?.classes ?? []) r.classes.set(o.ast, o)
    let { run: n } = Sr(e.ast, r)
    return { decode: n, fallbacks: r.fallbacks, constructed: r.constructed, stepwise: r.stepwise }
  },
  eH = new WeakSet(),
  tH = (e) => {
    let t = {}, r = e(S(t))
    V(r) && r.value === t && eH.add(e)
  },
  Yw = Object.prototype.hasOwnProperty,
  eT = cp,
  ns = (e) => ({ check: e, run: (t) => e(t) ? t : Te }),
  rH = () => !0,
  tT = (e) => typeof e == "string",
  nH = (e) => typeof e == "number",
  oH = (e) => typeof e == "boolean",
  IQ = (e) => e === void 0,
  AQ = (e) => e != null,
  sH = (e) => typeof e == "object" && e !== null && !Array.isArray(e),
  gc = (e) => V(zg(e)) || V($g(e)),
  Sr = (e, t) => {
    let r = t.plans.get(e)
    if (r !== void 0) return r
    let n = PQ(e, t)
    return t.plans.set(e, n), n
  },
  PQ = (e, t) => {
    if (gc(e)) return hc(e, t)
    let r = t.classes.get(e)
    if (r !== void 0) return qQ(r, e, t) ?? hc(e, t)
    switch (e._tag) {
      case "StringKeyword":
        return ns(tT)
      case "NumberKeyword":
        return ns(nH)
      case "BooleanKeyword":
        return ns(oH)
      case "UndefinedKeyword":
        return ns(IQ)
      case "UnknownKeyword":
      case "AnyKeyword":
      case "VoidKeyword":
        return ns(rH)
      case "Literal": {
        let n = e.literal
        return ns((o) => o === n)
      }
      case "Refinement":
        return FQ(e, t)
      case "Union":
        return MQ(e, t) ?? hc(e, t)
      case "TypeLiteral": {
        if (e.propertySignatures.length === 0 && e.indexSignatures.length === 0) return ns(AQ)
        let n = pH(e, t)
        return n === void 0 ? hc(e, t) : iH(n)
      }
      case "TupleType":
        return DQ(e, t) ?? hc(e, t)
      case "Transformation":
        return NQ(e, t) ?? hc(e, t)
      case "Declaration":
        return LQ(e)
      case "Suspend": {
        let n
        return { check: void 0, run: (o) => (n ??= Sr(e.f(), t)).run(o) }
      }
    }
    return hc(e, t)
  },
  hc = (e, t) => {
    t.fallbacks.push(e)
    let r = fp(qe(e))
    return {
      check: void 0,
      run: (n) => {
        let o = r(n)
        return pt(o) ? o.right : Te
      }
    }
  },
  FQ = (e, t) => {
    let r = Sr(e.from, t), n = e.filter, o = (a) => xe(n(a, eT, e)), s = r.check
    if (s !== void 0) return ns((a) => s(a) && o(a))
    let i = r.run
    return {
      check: void 0,
      run: (a) => {
        let c = i(a)
        return c !== Te && o(c) ? c : Te
      }
    }
  },
  bp = (e) => ap(e) && !gc(e) ? e.types.flatMap(bp) : [e],
  rd = (e) => {
    switch (e._tag) {
      case "TypeLiteral":
        return e.propertySignatures.some((t) => !t.isOptional && rn(gi(t.type)))
      case "TupleType":
        return e.elements.some((t) => !t.isOptional && rn(gi(t.type)))
      case "Refinement":
        return rd(e.from)
      case "Suspend":
        return rd(e.f())
      case "Transformation":
        return rd(e.from)
      case "Declaration":
        return pe(Df(e), { onNone: () => !1, onSome: rd })
    }
    return !1
  },
  MQ = (e, t) => {
    let r = bp(e)
    if (r.some(rd)) return
    let n = [],
      o = [],
      s = () => {
        o.length > 0 && n.push(ns(vQ(o, t))), o = []
      }
    for (let a of r) {
      let c = Sr(a, t)
      c.check !== void 0 ? o.push(a) : (s(), n.push(c))
    }
    if (s(), n.length === 1) return n[0]
    let i = n.map((a) => a.run)
    return {
      check: void 0,
      run: (a) => {
        for (let c = 0; c < i.length; c++) {
          let u = i[c](a)
          if (u !== Te) return u
        }
        return Te
      }
    }
  },
  vQ = (e, t) => {
    let r = e.filter((s) => !rn(s)).map((s) => Sr(s, t).check),
      n = (s) =>
        r.includes(rH) || typeof s == "string" && r.includes(tT) || typeof s == "number" && r.includes(nH) ||
        typeof s == "boolean" && r.includes(oH),
      o = [...new Set(e.filter(rn).map((s) => s.literal).filter((s) => !n(s)))]
    if (o.length === 0 && r.length === 1) return r[0]
    if (o.length > 8) {
      let s = new Set(o.filter((i) => i === i))
      return Xq([(i) => s.has(i), ...r])
    }
    return Xq([...o.map((s) => (i) => i === s), ...r])
  },
  Xq = (e) => {
    switch (e.length) {
      case 1:
        return e[0]
      case 2: {
        let [t, r] = e
        return (n) => t(n) || r(n)
      }
      case 3: {
        let [t, r, n] = e
        return (o) => t(o) || r(o) || n(o)
      }
    }
    return (t) => {
      for (let r = 0; r < e.length; r++) if (e[r](t)) return !0
      return !1
    }
  },
  DQ = (e, t) => {
    if (e.elements.length !== 0 || e.rest.length !== 1) return
    let r = Sr(e.rest[0].type, t), n = r.check, o = r.run
    return {
      check: void 0,
      run: (s) => {
        if (!Array.isArray(s)) return Te
        let i = new Array(s.length)
        for (let a = 0; a < s.length; a++) {
          let c = s[a]
          if (n !== void 0) {
            if (!n(c)) return Te
            i[a] = c
          } else {
            let u = o(c)
            if (u === Te) return Te
            i[a] = u
          }
        }
        return i
      }
    }
  },
  iH = (e) => ({
    check: void 0,
    run: (t) => {
      let r = {}
      return e(t, r) ? r : Te
    }
  }),
  aH = (e) => {
    let t = Object.getPrototypeOf(e)
    return t === Object.prototype || t === null
  },
  cH = (e) => e in Object.prototype,
  ky = Symbol("not own"),
  uH = (e, t, r) => {
    if (r) {
      let n = e[t]
      return n !== void 0 || Yw.call(e, t) ? n : ky
    }
    return Yw.call(e, t) ? e[t] : ky
  },
  pH = (e, t) => {
    if (!e.indexSignatures.every((s) => lH(s.parameter))) return
    let r = e.propertySignatures.map((s) => ({
        name: s.name,
        isOptional: s.isOptional,
        isInherited: cH(s.name),
        run: Sr(s.type, t).run
      })
      ),
      n = e.indexSignatures.map((s) => {
        let i = Sr(s.parameter, t)
        return { key: i.check === tT ? void 0 : i.run, value: Sr(s.type, t).run }
      }),
      o = new Set(r.map((s) => s.name))
    return (s, i) => {
      if (!sH(s)) return !1
      let a = aH(s)
      for (let c = 0; c < r.length; c++) {
        let u = r[c], l = u.name, f = u.isOptional ? uH(s, l, a && !u.isInherited) : s[l]
        if (f === ky) continue
        let m = u.run(f)
        if (m === Te) return !1
        i[l] = m
      }
      for (let c = 0; c < n.length; c++) {
        let u = n[c], l = Object.keys(s)
        for (let f = 0; f < l.length; f++) {
          let m = l[f]
          if (u.key !== void 0 && u.key(m) === Te) continue
          let h = u.value(s[m])
          if (h === Te) return !1
          o.has(m) || (i[m] = h)
        }
      }
      return !0
    }
  },
  lH = (e) => hi(e) || lo(e) && lH(e.from),
  NQ = (e, t) => {
    let r = e.transformation
    if (r._tag === "TypeLiteralTransformation") {
      let i = fH(e, r, t)
      return i === void 0 ? void 0 : iH(i)
    }
    let n = Sr(e.from, t).run, o = Sr(e.to, t).run
    if (r._tag === "ComposeTransformation") {
      return {
        check: void 0,
        run: (i) => {
          let a = n(i)
          return a === Te ? Te : o(a)
        }
      }
    }
    let s = r.decode
    return {
      check: void 0,
      run: (i) => {
        let a = n(i)
        if (a === Te) return Te
        let c = s(a, eT, e, i)
        return Ac(c) && pt(c) ? o(c.right) : Te
      }
    }
  },
  LQ = (e) => {
    let t = e.decodeUnknown(...e.typeParameters)
    return {
      check: void 0,
      run: (r) => {
        let n = t(r, eT, e)
        return Ac(n) && pt(n) ? n.right : Te
      }
    }
  },
  fH = (e, t, r) => {
    let { from: n, to: o } = e
    if (!xi(n) || !xi(o) || gc(n) || gc(o) || n.indexSignatures.length > 0 || o.indexSignatures.length > 0) return
    let s = t.propertySignatureTransformations, i = new Set(s.map((m) => m.from)), a = new Set(s.map((m) => m.to))
    if (
      i.size !== s.length || a.size !== s.length ||
      s.some((m) => a.has(m.from) && s.some((h) => h !== m && h.to === m.from))
    ) return
    let c = new Map(n.propertySignatures.map((m) => [m.name, m])),
      u = new Set(),
      l = o.propertySignatures.map((m) => {
        let h = s.find((F) => F.to === m.name),
          x = h !== void 0 ? h.from : i.has(m.name) ? void 0 : m.name,
          b = x === void 0 ? void 0 : c.get(x)
        b !== void 0 && u.add(b.name)
        let C = h?.decode ?? v, k = Sr(m.type, r).run
        return {
          from: b?.name,
          fromIsOptional: b?.isOptional ?? !0,
          fromIsInherited: b !== void 0 && cH(b.name),
          fromRun: b === void 0 ? v : Sr(b.type, r).run,
          decode: C,
          direct: b !== void 0 && (C === v || eH.has(C)) && UQ(b.type, m.type),
          to: m.name,
          toIsOptional: m.isOptional,
          toRun: k,
          toAbsent: {}[m.name]
        }
      })
    for (let m of l) m.direct || r.stepwise.push(m.to)
    let f = n.propertySignatures.filter((m) => !u.has(m.name)).map((m) => ({
      name: m.name,
      isOptional: m.isOptional,
      run: Sr(m.type, r).run
    }))
    return (m, h) => {
      if (!sH(m)) return !1
      let x = aH(m)
      for (let b = 0; b < f.length; b++) {
        let C = f[b]
        if (!(C.isOptional && !Yw.call(m, C.name)) && C.run(m[C.name]) === Te) return !1
      }
      for (let b = 0; b < l.length; b++) {
        let C = l[b], k = C.from, F = !1, O
        if (k !== void 0) {
          let U = C.fromIsOptional ? uH(m, k, x && !C.fromIsInherited) : m[k]
          if (U !== ky && (F = !0, O = C.fromRun(U), O === Te)) return !1
        }
        if (F && O !== void 0 && C.direct) {
          h[C.to] = O
          continue
        }
        let N = C.decode(F ? S(O) : y())
        if (xe(N) && C.toIsOptional) continue
        let L = C.toRun(V(N) ? N.value : C.toAbsent)
        if (L === Te) return !1
        h[C.to] = L
      }
      return !0
    }
  },
  UQ = (e, t) => {
    let r = bp(t)
    return bp(Ae(e)).every((n) => W2(n) || r.some((o) => xc(n, o)))
  },
  xc = (e, t) => {
    if (e === t) return !0
    if (e._tag !== t._tag || gc(e) || gc(t)) return !1
    switch (e._tag) {
      case "StringKeyword":
      case "NumberKeyword":
      case "BooleanKeyword":
      case "BigIntKeyword":
      case "SymbolKeyword":
      case "ObjectKeyword":
      case "UndefinedKeyword":
      case "VoidKeyword":
      case "NeverKeyword":
      case "UnknownKeyword":
      case "AnyKeyword":
        return !0
      case "Literal":
        return e.literal === t.literal
      case "UniqueSymbol":
        return e.symbol === t.symbol
      case "Refinement": {
        let r = t
        return e.filter === r.filter && xc(e.from, r.from)
      }
      case "Declaration": {
        let r = t
        return e.decodeUnknown === r.decodeUnknown && Zw(e.typeParameters, r.typeParameters)
      }
      case "Union":
        return Zw(bp(e), bp(t))
      case "TupleType": {
        let r = t
        return e.elements.length === r.elements.length &&
          e.elements.every((n, o) => n.isOptional === r.elements[o].isOptional && xc(n.type, r.elements[o].type)) &&
          Zw(e.rest.map((n) => n.type), r.rest.map((n) => n.type))
      }
      case "TypeLiteral": {
        let r = t
        return e.propertySignatures.length === r.propertySignatures.length && e.propertySignatures.every((n, o) => {
          let s = r.propertySignatures[o]
          return n.name === s.name && n.isOptional === s.isOptional && xc(n.type, s.type)
        }) && e.indexSignatures.length === r.indexSignatures.length && e.indexSignatures.every((n, o) => {
          let s = r.indexSignatures[o]
          return xc(n.parameter, s.parameter) && xc(n.type, s.type)
        })
      }
    }
    return !1
  },
  Zw = (e, t) => e.length === t.length && e.every((r, n) => xc(r, t[n])),
  qQ = (e, t, r) => {
    if (!Nf(t) || !q2(t.to) || t.transformation._tag !== "FinalTransformation") return
    let n = t.from,
      o = gc(n)
        ? void 0
        : xi(n)
        ? pH(n, r)
        : Nf(n) && n.transformation._tag === "TypeLiteralTransformation"
        ? fH(n, n.transformation, r)
        : void 0
    if (o === void 0) return
    let s = HQ(e, Ae(n))
    if (s === void 0) {
      return r.constructed.push(e), {
        check: void 0,
        run: (a) => {
          let c = {}
          return o(a, c) ? new e(c, !0) : Te
        }
      }
    }
    let i = e.prototype
    return {
      check: void 0,
      run: (a) => {
        let c = Object.create(i)
        if (!o(a, c)) return Te
        for (let u = 0; u < s.length; u++) {
          let { key: l, value: f } = s[u]
          c[l] === void 0 && (c[l] = f())
        }
        return c
      }
    }
  },
  HQ = (e, t) => {
    if (!xi(t) || t.indexSignatures.length > 0) return
    let r = t.propertySignatures, n = {}
    for (let l of r) n[l.name] = { probe: l.name }
    let o = Object.create(e.prototype)
    for (let l of r) o[l.name] = n[l.name]
    let s
    try {
      s = new e(n, !0)
    } catch {
      return
    }
    if (Object.getPrototypeOf(s) !== Object.getPrototypeOf(o)) return
    let i = Reflect.ownKeys(s), a = Reflect.ownKeys(o)
    if (
      !(i.length === a.length && i.every((l, f) => {
        let m = Object.getOwnPropertyDescriptor(s, l), h = Object.getOwnPropertyDescriptor(o, l)
        return l === a[f] && m.value === h.value && m.enumerable === h.enumerable && m.writable === h.writable &&
          m.configurable === h.configurable && m.get === void 0 && m.set === void 0
      }))
    ) return
    let u = e.fields
    return r.flatMap((l) => {
      let f = u[l.name]
      if (!Qf(f) || !(l.isOptional || WQ(l.type))) return []
      let m = f.ast._tag === "PropertySignatureDeclaration" ? f.ast.defaultValue : f.ast.to.defaultValue
      return m === void 0 ? [] : [{ key: l.name, value: m }]
    })
  },
  WQ = (e) => pt(dw(qe(e))(void 0))
var nd = (e, t) => {
    let r = vr(...e), n = Z.pipe(Oi(t)), o = new Set(e)
    return { schema: Er(r, n).annotations({ identifier: t.replace(/^Unknown/, "") }), isKnown: (s) => o.has(s) }
  },
  rT = yp(Z, cy, {
    strict: !0,
    decode: (e, t, r) => {
      let n = BQ(e)
      if (n !== void 0) return Fr(lk(n))
      let o = h2(e)
      return o._tag === "Some" && /^\d{4}-\d{2}-\d{2}T[^Z+-]*(?:Z|[+-]\d{2}:?\d{2})$/.test(e)
        ? Fr(x2(o.value))
        : cc(new ct(r, e, `Expected an ISO 8601 date-time, got ${JSON.stringify(e)}`))
    },
    encode: (e) => Fr(fk(e).replace(/\.000Z$/, "Z"))
  }).annotations({ identifier: "TwilioDateTime" }),
  BQ = (e) => {
    let t = e.length
    if (
      t !== 20 && t !== 24 || e[t - 1] !== "Z" || e[4] !== "-" || e[7] !== "-" || e[10] !== "T" || e[13] !== ":" ||
      e[16] !== ":" || t === 24 && e[19] !== "."
    ) return
    let r = yc(e, 0, 4),
      n = yc(e, 5, 2),
      o = yc(e, 8, 2),
      s = yc(e, 11, 2),
      i = yc(e, 14, 2),
      a = yc(e, 17, 2),
      c = t === 24 ? yc(e, 20, 3) : 0
    if (
      !(r < 100 || n < 1 || n > 12 || o < 1 || o > zQ(r, n) || s < 0 || s > 23 || i < 0 || i > 59 || a < 0 || a > 59 ||
        c < 0)
    ) return Date.UTC(r, n - 1, o, s, i, a, c)
  },
  yc = (e, t, r) => {
    let n = 0
    for (let o = t; o < t + r; o++) {
      let s = e.charCodeAt(o) - 48
      if (s < 0 || s > 9) return -1
      n = n * 10 + s
    }
    return n
  },
  zQ = (e, t) =>
    t === 2
      ? e % 4 === 0 && e % 100 !== 0 || e % 400 === 0 ? 29 : 28
      : t === 4 || t === 6 || t === 9 || t === 11
      ? 30
      : 31,
  Ve = (e, t) => {
    let r = _i(Xe(e), { default: () => null }).pipe(Sw(t))
    return r.ast._tag === "PropertySignatureTransformation" && tH(r.ast.decode), r
  },
  Un = (e, t) => Ew(e).pipe(Sw(t)),
  $Q = yp(Mr, Z, {
    strict: !0,
    decode: (e, t, r) => {
      let n
      try {
        n = JSON.stringify(e)
      } catch {
        n = void 0
      }
      return typeof n == "string" ? Fr(n) : cc(new ct(r, e, "Expected a JSON value"))
    },
    encode: Fr
  }),
  mH = Ep({ key: Z, value: Er(Z, $Q) }).annotations({ identifier: "Links" })
var Ec = (e) => new RegExp(`^${e}[0-9a-fA-F]{32}$`),
  qn = (e, t, r) =>
    Z.pipe(
      Cw(Ec(e), { message: () => `Expected ${r} SID: "${e}" followed by 32 hexadecimal digits` }),
      Oi(t),
      JU({ identifier: t, title: `${r} SID`, description: `${e} + 32 hex digits` })
    ),
  hH = qn("AC", "AccountSid", "Account"),
  xH = qn("CH", "ChatChannelSid", "Flex chat channel"),
  gH = qn("FO", "FlexFlowSid", "Flex Flow"),
  yH = qn("US", "UserSid", "Chat user"),
  Ty = qn("WT", "TaskSid", "TaskRouter Task"),
  EH = qn("WK", "WorkerSid", "TaskRouter Worker"),
  SH = qn("WR", "ReservationSid", "TaskRouter Reservation"),
  qEe = qn("SK", "ApiKeySid", "API key"),
  Ry = qn("KD", "InteractionSid", "Interaction"),
  Iy = qn("UO", "InteractionChannelSid", "Interaction channel"),
  bH = qn("UT", "ParticipantSid", "Interaction channel participant")
var sd = class extends ki("ChatChannel")({
  sid: Un(xH, "sid"),
  accountSid: Ve(hH, "account_sid"),
  flexFlowSid: Ve(gH, "flex_flow_sid"),
  userSid: Ve(yH, "user_sid"),
  taskSid: Ve(Ty, "task_sid"),
  url: Ve(Z, "url"),
  dateCreated: Ve(rT, "date_created"),
  dateUpdated: Ve(rT, "date_updated")
}) {}
var _H = nd(
    ["setup", "active", "failed", "closed", "inactive", "pause", "transfer"],
    "UnknownInteractionChannelStatus"
  ),
  jQ = _H.schema,
  WEe = _H.isKnown,
  OH = nd(["voice", "sms", "email", "web", "whatsapp", "chat", "messenger", "gbm"], "UnknownInteractionChannelType"),
  KQ = OH.schema,
  BEe = OH.isKnown,
  id = class extends ki("InteractionChannel")({
    sid: Un(Iy, "sid"),
    interactionSid: Ve(Ry, "interaction_sid"),
    type: Ve(KQ, "type"),
    status: Ve(jQ, "status"),
    errorCode: Ve(dc, "error_code"),
    errorMessage: Ve(Z, "error_message"),
    url: Ve(Z, "url"),
    links: Ve(mH, "links")
  }) {}
var zEe = vr("closed", "inactive"),
  CH = er({ status: vr("closed") }, Ep({ key: Z, value: Mr })).annotations({ identifier: "Routing" }),
  kH = Er(er({ status: vr("closed"), routing: _i(CH, { exact: !0 }) }), er({ status: vr("inactive"), routing: CH }))
    .annotations({ identifier: "UpdateInteractionChannelParams" }),
  wH = (e) => e.routing === void 0 ? { Status: e.status } : { Status: e.status, Routing: JSON.stringify(e.routing) }
var TH = nd(["supervisor", "customer", "external", "agent", "unknown"], "UnknownParticipantType"),
  VQ = TH.schema,
  $Ee = TH.isKnown,
  RH = er({
    task_sid: _i(Xe(Ty), { exact: !0 }),
    worker_sid: _i(Xe(EH), { exact: !0 }),
    reservation_sid: _i(Xe(SH), { exact: !0 })
  }, Ep({ key: Z, value: Mr })).annotations({ identifier: "RoutingProperties" }),
  JQ = Mr.pipe(Oi("UntypedRoutingProperties")).annotations({ identifier: "UntypedRoutingProperties" }),
  QQ = Er(RH, JQ).annotations({ identifier: "AnyRoutingProperties" }),
  jEe = Bf(RH),
  Ay = class extends ki("Participant")({
    sid: Un(bH, "sid"),
    type: Ve(VQ, "type"),
    interactionSid: Ve(Ry, "interaction_sid"),
    channelSid: Ve(Iy, "channel_sid"),
    url: Ve(Z, "url"),
    routingProperties: Ve(QQ, "routing_properties")
  }) {}
var br = Symbol.for("@effect-flex/core/FlexError"),
  tr = class
    extends Ln("@effect-flex/FlexInvalidInput")("FlexInvalidInput", { operation: Z, argument: Z, message: Z })
  {
    [br] = br
  },
  Py = {
    status: on,
    code: Xe(on),
    message: Z,
    moreInfo: Xe(Z),
    details: Xe(Mr),
    requestId: Xe(Z),
    method: Z,
    url: Z,
    attempts: on
  },
  ad = class extends Ln("@effect-flex/FlexNotFound")("FlexNotFound", Py) {
    [br] = br
  },
  cd = class extends Ln("@effect-flex/FlexAuthenticationError")("FlexAuthenticationError", Py) {
    [br] = br
  },
  ud = class extends Ln("@effect-flex/FlexRateLimited")("FlexRateLimited", { ...Py, retryAfterMillis: Xe(on) }) {
    [br] = br
  },
  pd = class extends Ln("@effect-flex/FlexApiError")("FlexApiError", Py) {
    [br] = br
  },
  ld = class extends Ln("@effect-flex/FlexTransportError")("FlexTransportError", {
    reason: vr("Connection", "Timeout", "Body"),
    message: Z,
    method: Z,
    url: Z,
    attempts: on
  }) {
    [br] = br
  },
  an = class extends Ln("@effect-flex/FlexDecodeError")("FlexDecodeError", {
    message: Z,
    issue: Xe(Z),
    method: Z,
    url: Z,
    status: Xe(on),
    requestId: Xe(Z)
  }) {
    [br] = br
  },
  GEe = Er(tr, ad, cd, ud, pd, ld, an)
var IH = {
    AC: "an Account",
    CH: "a Flex chat channel",
    FO: "a Flex Flow",
    US: "a chat user",
    WT: "a TaskRouter Task",
    WK: "a TaskRouter Worker",
    WR: "a TaskRouter Reservation",
    SK: "an API key",
    KD: "an Interaction",
    UO: "an Interaction channel",
    UT: "a participant"
  },
  Sc = (e, t, r, n) => {
    if (typeof n == "string" && Ec(r).test(n)) return P(n)
    let o = `${IH[r]} SID ("${r}" followed by 32 hexadecimal digits)`,
      s = typeof n == "string" && /^[A-Z]{2}[0-9a-fA-F]{32}$/.test(n) ? IH[n.slice(0, 2)] : void 0,
      i = s !== void 0 ? `${s} SID` : nT(n)
    return w(new tr({ operation: e, argument: t, message: `${t} must be ${o}, got ${i}` }))
  },
  Fy = (e, t, r, n, o) =>
    r === void 0 || Cp(r, n, o)
      ? P(r)
      : w(
        new tr({
          operation: e,
          argument: t,
          message: `${t} must be an integer in ${n}..${o === Number.MAX_SAFE_INTEGER ? "" : o} (got ${nT(r)})`
        })
      ),
  AH = (e, t, r, n) =>
    FU(r)(n).pipe(ms((o) => {
      let s = lp.formatErrorSync(o)[0], i = s === void 0 ? "" : s.path.map(String).join(".")
      return new tr({
        operation: e,
        argument: i === "" ? t : `${t}.${i}`,
        message: `${t} is invalid: ${Xo.formatErrorSync(o)}`
      })
    })),
  nT = (e) => {
    if (typeof e == "string") return e.length > 40 ? `a string of ${e.length} characters` : JSON.stringify(e)
    if (typeof e == "number" || typeof e == "boolean" || e == null) return String(e)
    if (typeof e == "bigint") return `${e}n`
    try {
      return Array.isArray(e) ? "an array" : `a ${typeof e}`
    } catch {
      return "a revoked Proxy"
    }
  },
  Hn = (e) => typeof e == "string" ? `a string of ${e.length} characters` : nT(e),
  Cp = (e, t, r) => typeof e == "number" && Number.isInteger(e) && e >= t && e <= r,
  fd = (e, t, r, n) => {
    try {
      if (r === void 0) return P(void 0)
      if (typeof r != "object" || r === null || Array.isArray(r)) {
        return w(new tr({ operation: e, argument: t, message: `${t} must be an object` }))
      }
      let o = {}
      for (let s of n) {
        let i = r[s]
        i !== void 0 && (o[s] = i)
      }
      return P(o)
    } catch {
      return w(
        new tr({
          operation: e,
          argument: t,
          message: `${t} could not be read (a property getter threw, or it is a revoked Proxy)`
        })
      )
    }
  },
  PH = (e, t) => {
    let r = (i, a) => w(new tr({ operation: e, argument: i, message: a })), n, o
    try {
      if (typeof t != "object" || t === null) return P(t)
      n = t.status, o = t.routing
    } catch {
      return r("params", "params could not be read (a property getter threw, or it is a revoked Proxy)")
    }
    let s = {}
    if (n !== void 0 && (s.status = n), o !== void 0) {
      try {
        s.routing = JSON.parse(JSON.stringify(o))
      } catch {
        return r("params.routing", "params.routing must be plain JSON (no BigInt, no cycles, no throwing getters)")
      }
    }
    return P(s)
  }
var FH = "0.1.0"
var YQ = "https://flex-api.twilio.com",
  et = (e, t) => new tr({ operation: "FlexClient", argument: e === "" ? "options" : `options.${e}`, message: t }),
  XQ = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
  My = (e, t, r, n) => {
    if (t === void 0) return P(r)
    if (typeof t == "number" && !(t >= 0)) return w(et(e, `${e} must not be negative (got ${Hn(t)})`))
    let o
    try {
      o = Rt(t)
    } catch {
      return w(et(e, `${e} is not a duration (got ${Hn(t)})`))
    }
    let s = wr(o)
    return !Number.isFinite(s) || s < 0 || !n && s === 0
      ? w(et(e, `${e} must be a finite duration above zero (got ${Hn(t)})`))
      : P(o)
  },
  eZ = () => {
    let e = globalThis.process, t = e?.versions?.node
    return t === void 0 ? void 0 : `(${e?.platform} ${e?.arch}) node/${t}`
  },
  tZ = (e) => {
    let t = e.baseUrl ?? YQ, r
    try {
      r = new URL(t)
    } catch {
      return w(et("baseUrl", `baseUrl is not a URL (got ${Hn(t)})`))
    }
    if (r.protocol !== "https:" && r.protocol !== "http:") {
      return w(et("baseUrl", `baseUrl must be http or https (got ${r.protocol})`))
    }
    if (r.username !== "" || r.password !== "") {
      return w(et("baseUrl", "baseUrl must not carry user info: pass credentials as options"))
    }
    if (r.pathname !== "/" && r.pathname !== "" || r.search !== "" || r.hash !== "") {
      return w(et("baseUrl", "baseUrl must be an origin (scheme, host, port), without path or query"))
    }
    for (let i of ["edge", "region"]) {
      let a = e[i]
      if (a !== void 0 && (typeof a != "string" || !XQ.test(a))) {
        return w(et(i, `${i} must be a lowercase host label like "sydney" (got ${Hn(a)})`))
      }
    }
    let n = e.edge, o = e.region ?? (n !== void 0 ? "us1" : void 0)
    if (o === void 0 || !r.hostname.endsWith(".twilio.com")) return P(r.origin)
    let s = r.hostname.split(".")[0]
    return r.hostname = [s, n, o, "twilio", "com"].filter((i) => i !== void 0).join("."), P(r.origin)
  },
  rZ = (e) => {
    let { accountSid: t, apiKey: r, apiSecret: n, authToken: o } = e,
      s = (u, l) => {
        if (!gU(l) || typeof hp(l) != "string" || hp(l) === "") {
          return w(et(u, `${u} must be a non-empty Redacted<string> (wrap it with Redacted.make)`))
        }
        let f = hp(l)
        return /^[\x21-\x7e]+$/.test(f) ? P(f) : w(et(u, `${u} must be printable ASCII without spaces`))
      }
    if (o === void 0 && r === void 0 && n === void 0) {
      return t !== void 0 && (typeof t != "string" || !Ec("AC").test(t))
        ? w(et("accountSid", "accountSid must be an Account SID (AC + 32 hex digits)"))
        : P({ credentials: void 0, secrets: [] })
    }
    if (typeof t != "string" || !Ec("AC").test(t)) {
      return w(et("accountSid", `accountSid must be an Account SID (AC + 32 hex digits), got ${Hn(t)}`))
    }
    if (o !== void 0 && (r !== void 0 || n !== void 0)) {
      return w(et("authToken", "give either authToken or apiKey with apiSecret, not both"))
    }
    let i, a
    if (o !== void 0) {
      let u = s("authToken", o)
      if (ue(u)) return w(u.left)
      i = t, a = u.right
    } else {
      if (typeof r != "string" || !Ec("SK").test(r)) {
        return w(et("apiKey", `apiKey must be an API key SID (SK + 32 hex digits), got ${Hn(r)}`))
      }
      let u = s("apiSecret", n)
      if (ue(u)) return w(u.left)
      i = r, a = u.right
    }
    let c = E2(`${i}:${a}`)
    return P({ credentials: { user: i, secret: uc(a) }, secrets: [a, c, encodeURIComponent(c)] })
  },
  nZ = [
    "accountSid",
    "authToken",
    "apiKey",
    "apiSecret",
    "baseUrl",
    "edge",
    "region",
    "timeout",
    "retry",
    "userAgent",
    "pageSize",
    "tracePropagation",
    "maxResponseBytes",
    "maxEmptyPages"
  ],
  oZ = ["maxAttempts", "baseDelay", "maxDelay", "maxRetryAfter"],
  MH = (e) =>
    X(() => {
      let t = fd("FlexClient", "options", e, nZ)
      if (ue(t)) return fe(t.left)
      if (t.right === void 0) return fe(et("", "options must be an object"))
      let r = !1
      if (t.right.retry !== !1) {
        let k = fd("FlexClient", "options.retry", t.right.retry, oZ)
        if (ue(k)) return fe(k.left)
        r = k.right
      }
      let n = { ...t.right, retry: r }, o = tZ(n)
      if (ue(o)) return fe(o.left)
      let s = rZ(n)
      if (ue(s)) return fe(s.left)
      let i = My("timeout", n.timeout, oa(30), !1)
      if (ue(i)) return fe(i.left)
      let a = n.retry === !1 ? { maxAttempts: 1 } : n.retry ?? {}
      if (typeof a != "object" || a === null) return fe(et("retry", "retry must be an object or false"))
      let c = a.maxAttempts ?? 4
      if (!Cp(c, 1, 100)) return fe(et("retry.maxAttempts", "retry.maxAttempts must be an integer in 1..100"))
      let u = My("retry.baseDelay", a.baseDelay, Kr(250), !0)
      if (ue(u)) return fe(u.left)
      let l = My("retry.maxDelay", a.maxDelay, oa(8), !0)
      if (ue(l)) return fe(l.left)
      let f = My("retry.maxRetryAfter", a.maxRetryAfter, oa(60), !0)
      if (ue(f)) return fe(f.left)
      let m = n.maxResponseBytes ?? 16 * 1024 * 1024
      if (!Cp(m, 1, Number.MAX_SAFE_INTEGER)) {
        return fe(et("maxResponseBytes", `maxResponseBytes must be a positive integer (got ${Hn(m)})`))
      }
      let h = n.maxEmptyPages ?? 10
      if (!Cp(h, 1, Number.MAX_SAFE_INTEGER)) {
        return fe(et("maxEmptyPages", `maxEmptyPages must be a positive integer (got ${Hn(h)})`))
      }
      let x = n.pageSize ?? 50
      if (!Cp(x, 1, 1e3)) return fe(et("pageSize", `pageSize must be an integer in 1..1000 (got ${Hn(x)})`))
      if (
        n.userAgent !== void 0 && (typeof n.userAgent != "string" || !/^[\x20-\x7e]{1,200}$/.test(n.userAgent))
      ) return fe(et("userAgent", "userAgent must be printable ASCII, 1..200 characters"))
      let b = eZ(),
        C = b === void 0 ? void 0 : [`effect-flex/${FH}`, b, n.userAgent].filter((k) => k !== void 0).join(" ")
      return se({
        origin: o.right,
        credentials: s.right.credentials,
        secrets: s.right.secrets,
        timeout: i.right,
        retry: {
          maxAttempts: c,
          baseDelayMillis: wr(u.right),
          maxDelayMillis: wr(l.right),
          maxRetryAfterMillis: wr(f.right)
        },
        userAgent: C,
        pageSize: x,
        tracePropagation: n.tracePropagation === !0,
        maxResponseBytes: m,
        maxEmptyPages: h
      })
    })
var dd = class extends ki("PageMeta")({
    key: Z,
    page: dc,
    pageSize: Un(dc, "page_size"),
    url: Z,
    firstPageUrl: Un(Z, "first_page_url"),
    nextPageUrl: Un(Xe(Z), "next_page_url"),
    previousPageUrl: Un(Xe(Z), "previous_page_url")
  })
  {},
  vH = (e, t) => er({ [e]: LU(t), meta: dd }),
  eSe = Z.pipe(Oi("PageCursor"))
var oT = (e) => DH(e, Xw(e, { classes: [e] }).decode),
  vy = (e, t) => {
    let r = vH(e, t), n = DH(r, Xw(r, { classes: [t, dd] }).decode)
    return (o) => hs(n(o), (s) => ({ items: s[e], meta: s.meta }))
  },
  DH = (e, t) => {
    let r = fp(e)
    return (n) => {
      let o = aZ(t, n)
      return o === Te ? cZ(e.ast, r, n) : P(o)
    }
  },
  aZ = (e, t) => {
    try {
      return e(t)
    } catch {
      return Te
    }
  },
  cZ = (e, t, r) => {
    try {
      return t(r)
    } catch (n) {
      return w(new ct(e, r, `Reading the value threw: ${uZ(n)}`))
    }
  },
  uZ = (e) => {
    try {
      return e instanceof Error ? e.message : String(e)
    } catch {
      return "an error that cannot be shown"
    }
  }
var NH = (e, t, r) => GT(sT(e, t.url, r)),
  lZ = (e, t, r) => {
    if (t.username !== "" || t.password !== "") return "it carries user info"
    if (t.origin !== e.origin) return `its origin ${t.origin} is not the configured ${e.origin}`
    if (t.pathname !== r) return `its path ${t.pathname} is not the list's ${r}`
    if (t.hash !== "") return "it has a fragment"
  },
  fZ = (e) =>
    e.protocol === "https:" && e.port === "" && /^flex-api(?:\.[a-z0-9-]+){0,2}\.twilio\.com$/.test(e.hostname),
  sT = (e, t, r) => {
    let n
    try {
      n = new URL(t)
    } catch {
      return w("it is not an absolute URL")
    }
    n.origin !== e.origin && fZ(n) && n.username === "" && n.password === "" &&
      (n = new URL(n.pathname + n.search + n.hash, e.origin))
    let o = lZ(e, n, r)
    return o === void 0 ? P(n.href) : w(o)
  },
  LH = (e, t, r, n) =>
    typeof r != "string"
      ? w(new tr({ operation: t, argument: "options.from", message: "options.from must be a page cursor string" }))
      : ms(
        sT(e, r, n),
        (o) =>
          new tr({ operation: t, argument: "options.from", message: `options.from is not a cursor of this list: ${o}` })
      ),
  UH = (e, t, r, n, o, s) =>
    t.nextPageUrl === null || t.nextPageUrl === ""
      ? P(y())
      : sT(e, t.nextPageUrl, o).pipe(
        Wi((i) => i === r || V(n) && i === n.value ? w("it does not advance (it is this page's URL)") : P(i)),
        Ad({
          onLeft: (i) =>
            new an({
              message: `Refusing to follow next_page_url: ${i}`,
              issue: null,
              method: s,
              url: r,
              status: null,
              requestId: null
            }),
          onRight: S
        })
      )
var iT = Sy, HH = by
var WH = ed, Dy = td, BH = Iq
var zH = vq
var mZ = (e, t = e.reduce((r, n) => r + n.length, 0)) => {
    if (e.length === 1) return e[0]
    let r = new Uint8Array(t), n = 0
    for (let o of e) r.set(o, n), n += o.length
    return r
  },
  $H = (e, t) => {
    let r = e.headers["content-length"], n = r === void 0 ? Number.NaN : Number(r)
    return n > t
      ? se({ text: "", complete: !1 })
      : Number.isSafeInteger(n) && e.headers["content-encoding"] === void 0
      ? Q(e.text, (o) => ({ text: o, complete: !0 }))
      : c2(
        e.stream,
        { bytes: 0, chunks: [] },
        (o) => o.bytes <= t,
        (o, s) => (o.chunks.push(s), { bytes: o.bytes + s.length, chunks: o.chunks })
      ).pipe(Q((o) => {
        let s = o.bytes <= t, i = mZ(o.chunks, o.bytes)
        return { text: new TextDecoder().decode(s ? i : i.subarray(0, t)), complete: s }
      }))
  }
var Wn = (e) => typeof e == "string" && e !== "" ? e : null,
  xZ = (e) => Number.isSafeInteger(e) ? e : null,
  jH = (e) => typeof e == "object" && e !== null && !Array.isArray(e) ? e : void 0,
  KH = (e) => {
    let t = jH(e)
    if (t === void 0) return
    let r = xZ(t.code), n = jH(t.params)
    if (Wn(t.detail) !== null || Wn(t.title) !== null || Wn(t.type) !== null) {
      return {
        code: r,
        message: Wn(t.detail) ?? Wn(t.title),
        moreInfo: Wn(t.type),
        details: t.errors === void 0 ? null : { errors: t.errors }
      }
    }
    if (n !== void 0 || t.userError !== void 0 || t.httpStatusCode !== void 0) {
      let i = {}
      return t.userError !== void 0 && (i.userError = t.userError), n !== void 0 && (i.params = n), {
        code: r,
        message: Wn(t.message),
        moreInfo: Wn(n?.twilioErrorCodeUrl) ?? Wn(t.more_info),
        details: Object.keys(i).length === 0 ? null : i
      }
    }
    let o = Wn(t.message), s = Wn(t.more_info)
    if (!(r === null && o === null && s === null)) {
      return { code: r, message: o, moreInfo: s, details: t.details ?? null }
    }
  }
var VH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  cT = `(${VH.join("|")})`,
  uT = "(\\d{2}):(\\d{2}):(\\d{2})",
  yZ = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) ${cT} (\\d{4}) ${uT} GMT$`),
  EZ = new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-${cT}-(\\d{2}) ${uT} GMT$`),
  SZ = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${cT} ([ \\d]\\d) ${uT} (\\d{4})$`),
  aT = (e, t, r, n, o, s) => {
    let i = VH.indexOf(t), a = Number(r), c = Number(n), u = Number(o), l = Number(s)
    if (a < 1 || a > 31 || c > 23 || u > 59 || l > 60) return
    let f = Date.UTC(e, i, a, c, u, Math.min(l, 59))
    return new Date(f).getUTCDate() === a ? f : void 0
  },
  bZ = (e, t) => {
    let r = yZ.exec(e)
    if (r !== null) return aT(Number(r[3]), r[2], r[1], r[4], r[5], r[6])
    if (r = EZ.exec(e), r !== null) {
      let n = new Date(t).getUTCFullYear(), o = Math.floor(n / 100) * 100 + Number(r[3])
      return o > n + 50 && (o -= 100), aT(o, r[2], r[1], r[4], r[5], r[6])
    }
    if (r = SZ.exec(e), r !== null) return aT(Number(r[6]), r[1], r[2].trim(), r[3], r[4], r[5])
  },
  GH = (e, t) => {
    if (/^\d+$/.test(e)) return Number(e) * 1e3
    let r = bZ(e, t)
    return r === void 0 ? void 0 : Math.max(0, r - t)
  },
  CZ = (e) => {
    for (let t = 2; t <= 8; t++) {
      let r = (e.length - 2 * (t - 1)) / t
      if (!Number.isInteger(r) || r < 1) continue
      let n = e.slice(0, r)
      if (Array.from({ length: t }, () => n).join(", ") === e) return n
    }
  },
  Ny = (e, t) => {
    if (e === void 0) return
    let r = e.trim().replace(/\s*,\s*/g, ", "), n = GH(r, t)
    if (n !== void 0) return n
    let o = CZ(r)
    return o === void 0 ? void 0 : GH(o, t)
  }
var Ly = (e) => e["twilio-request-id"] ?? null,
  QH = (e, t) => {
    switch (e._tag) {
      case "TooLarge":
        return !1
      case "Transport":
        return e.transient && t === "GET"
      case "Status": {
        let r = e.response.status
        return r === 429 || r === 503 || r >= 500 && t === "GET"
      }
    }
  },
  _Z = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]),
  OZ = (e) => {
    for (let t = e, r = 0; typeof t == "object" && t !== null && r < 4; r++) {
      let n = t.code
      if (typeof n == "string") return n
      t = t.cause
    }
  },
  ZH = (e) => ({
    _tag: "Transport",
    reason: "Timeout",
    transient: !0,
    message: `No complete response within ${eS(e)}`
  }),
  YH = (e, t) => {
    let r = e.cause instanceof Error ? `: ${e.cause.message}` : ""
    if (e._tag === "ResponseError") {
      return {
        _tag: "Transport",
        reason: "Body",
        message: t === "GET"
          ? `The response body could not be read${r}`
          : `The response body could not be read; the update may have been applied${r}`,
        transient: !0
      }
    }
    if (e.reason !== "Transport") {
      return { _tag: "Transport", reason: "Connection", message: `The request could not be built${r}`, transient: !1 }
    }
    let n = OZ(e.cause)
    return {
      _tag: "Transport",
      reason: "Connection",
      message: n !== void 0 && _Z.has(n)
        ? `The request could not be sent${r}`
        : t === "GET"
        ? `No usable response came back${r}`
        : `No usable response came back; the update may have been applied${r}`,
      transient: !0
    }
  },
  kZ = (e) => {
    let t = e.headers["content-type"]?.split(";")[0]?.trim(),
      r = t === void 0 || t === "" ? "an empty or untyped body" : `a ${t} body`
    return `Twilio answered HTTP ${e.status} with ${r} instead of a JSON error`
  },
  wZ = (e) => {
    try {
      return JSON.parse(e)
    } catch {
      return
    }
  },
  XH = (e, t, r, n) => {
    switch (t._tag) {
      case "Transport":
        return new ld({ reason: t.reason, message: t.message, method: e.method, url: e.url, attempts: r })
      case "TooLarge":
        return new an({
          message: `The response body (${t.bytes} bytes) exceeds maxResponseBytes; it was not read`,
          issue: null,
          method: e.method,
          url: e.url,
          status: t.status,
          requestId: t.requestId
        })
      case "Status": {
        let { response: o } = t,
          s = KH(wZ(o.body)),
          i = {
            status: o.status,
            code: s?.code ?? null,
            message: s?.message ?? kZ(o),
            moreInfo: s?.moreInfo ?? null,
            details: s?.details ?? null,
            requestId: Ly(o.headers),
            method: e.method,
            url: e.url,
            attempts: r
          }
        switch (o.status) {
          case 401:
          case 403:
            return new cd(i)
          case 404:
            return new ad(i)
          case 429:
            return new ud({ ...i, retryAfterMillis: Ny(o.headers["retry-after"], n) ?? null })
          default:
            return new pd(i)
        }
      }
    }
  }
var eW = (e) => e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
var RZ = { active: !1, text: (e) => e, deep: (e) => e },
  tW = (e) => {
    let t = [...new Set(e.filter((s) => s.length > 0))].sort((s, i) => i.length - s.length)
    if (t.length === 0) return RZ
    let r = new RegExp(t.map((s) => s.length < 8 ? `(?<![A-Za-z0-9])${eW(s)}(?![A-Za-z0-9])` : eW(s)).join("|"), "g"),
      n = (s) => s.replace(r, "[REDACTED]"),
      o = (s, i = 0) => {
        if (typeof s == "string") return n(s)
        if (typeof s != "object" || s === null) return s
        if (i > 64) return "[too deep]"
        if (Array.isArray(s)) return s.map((c) => o(c, i + 1))
        let a = {}
        for (let c of Object.keys(s)) a[n(c)] = o(s[c], i + 1)
        return a
      }
    return { active: !0, text: n, deep: o }
  }
var AZ = (e) => "scheduler" in e,
  rW = (e, t, r) =>
    q(mx(), (n) =>
      uf((o) => {
        let s = fx(t, n)
        if (!AZ(o)) return rO(s, { duration: e, onTimeout: r })
        let i = !1,
          a = setTimeout(() => {
            i = !0, ju(ei(n, Tu))
          }, wr(e))
        return s.pipe(ao((c) => i ? r() : c), Pr(ye(() => clearTimeout(a))))
      }).pipe(tN((o) => Ml(o) ? J : ei(n, o))))
var FZ = 64 * 1024,
  oW = (e, t) => {
    let r = e.credentials,
      o = {
        ...iT("").pipe(
          Dy({ accept: "application/json" }),
          e.userAgent === void 0 ? v : WH("user-agent", e.userAgent),
          r === void 0 ? v : BH(r.user, r.secret)
        ).headers
      },
      s = t.pipe(Jq(Dy(o)), e.tracePropagation ? Qq(MZ) : v, Zq(un), Yq)
    return { config: e, http: s, scrub: tW(e.secrets), retry: { GET: nW(e, "GET"), POST: nW(e, "POST") } }
  },
  MZ = (e) => Q(sN(lN), (t) => V(t) ? Dy(e, yy(t.value)) : e),
  vZ = (e, t, r) =>
    e.http.execute(t).pipe(
      Q_((n) => n._tag === "ResponseError" && n.reason === "StatusCode", (n) => se(n.response)),
      q((n) => {
        let o = n.status >= 200 && n.status < 300
        return Q($H(n, o ? e.config.maxResponseBytes : FZ), ({ complete: s, text: i }) =>
          o && !s
            ? {
              _tag: "TooLarge",
              status: n.status,
              requestId: Ly(n.headers),
              bytes: n.headers["content-length"] ?? `more than ${e.config.maxResponseBytes}`
            }
            : { status: n.status, headers: n.headers, body: i })
      }),
      ao((n) => YH(n, r)),
      q((n) => "_tag" in n ? fe(n) : n.status >= 200 && n.status < 300 ? se(n) : fe({ _tag: "Status", response: n }))
    ),
  DZ = (e, t, r) =>
    Jt(function*() {
      if (t._tag === "Status") {
        let o = Ny(t.response.headers["retry-after"], yield* uf((s) => s.currentTimeMillis))
        if (o !== void 0) return Math.min(o, e.retry.maxRetryAfterMillis)
      }
      let n = Math.min(e.retry.maxDelayMillis, e.retry.baseDelayMillis * 2 ** r)
      return Math.floor((yield* xD) * n)
    }),
  nW = (e, t) =>
    TN((r) => QH(r, t)).pipe(
      wN(RN(e.retry.maxAttempts - 1)),
      kN(([r, n]) =>
        Rn(DZ(e, r, n), (o) =>
          cN("effect-flex: retrying").pipe(
            uN({
              method: t,
              attempt: n + 1,
              delayMillis: o,
              failure: r._tag === "Status" ? `HTTP ${r.response.status}` : r._tag
            })
          ))
      )
    ),
  NZ = (e, t, r) => {
    let n = Ly(r.headers),
      o = (a, c) =>
        w(new an({ message: `${a}: ${c}`, issue: c, method: e.method, url: e.url, status: r.status, requestId: n })),
      s
    try {
      s = JSON.parse(r.body)
    } catch (a) {
      return o("The response is not JSON", a instanceof Error ? a.message : String(a))
    }
    let i = t(s)
    return pt(i)
      ? P({ value: i.right, requestId: n })
      : o("The response does not match the documented shape", Xo.formatIssueSync(i.left))
  },
  md = (e, t, r) =>
    X(() => {
      let n = t.method === "GET" ? iT(t.url) : HH(t.url)
      t.form !== void 0 && (n = zH(n, t.form))
      let o = 0
      return X(() => (o++, rW(e.config.timeout, vZ(e, n, t.method), () => ZH(e.config.timeout)))).pipe(
        Z_(e.retry[t.method]),
        q((i) => NZ(t, r, i)),
        Q_((i) => !(i instanceof an), (i) => q(uf((a) => a.currentTimeMillis), (a) => fe(XH(t, i, o, a))))
      )
    })
var iW = (e, t) => {
    if (!e.active) return t
    let r = t.constructor, n = {}
    for (let o of Object.keys(r.fields)) o !== "_tag" && (n[o] = e.deep(t[o]))
    return new r(n)
  },
  aW = (e, t) => ({
    kind: "client",
    captureStackTrace: !1,
    attributes: Object.fromEntries(Object.entries(t).map(([r, n]) => [r, typeof n == "string" ? e.text(n) : n]))
  }),
  _p = (e, t, r, n) =>
    X(() => {
      let o
      return n.pipe(
        ao((s) => iW(e.scrub, s)),
        Q((s) => {
          o = s
        }),
        mN(`FlexClient.${t}`, aW(e.scrub, r)),
        Q(() => {
          let s = o
          return o = void 0, s
        })
      )
    }),
  cW = (e, t, r, n) => n.pipe(Ng((o) => iW(e.scrub, o)), p2(`FlexClient.${t}`, aW(e.scrub, r)))
var pT = (e, t, r, n, o) =>
    _p(
      e,
      `${t}.fetchPage`,
      { "flex.page_url": o },
      Q(md(e, { method: "GET", url: o }, n), ({ value: s }) => {
        let i = NH(e.config, s.meta, r)
        return {
          items: s.items,
          meta: s.meta,
          url: o,
          aliases: V(i) ? [o, i.value] : [o],
          next: UH(e.config, s.meta, o, i, r, "GET")
        }
      })
    ),
  uW = (e, t) => new an({ message: t, issue: null, method: "GET", url: e, status: null, requestId: null }),
  pW = (e, t, r) =>
    Jt(function*() {
      let n = yield* df(),
        o = yield* df(),
        s = yield* Lx,
        i = (h) => Vo(o, { exit: h }),
        a = Aa(y()),
        c = (h, x, b, C) =>
          Vu(n).pipe(
            de(Ge(t(h))),
            q((k) => {
              if (wu(k)) return i(gt(La(k.cause, S)))
              let F = k.value,
                O = F.items.length > x,
                N = O ? F.items.slice(0, x) : F.items,
                L = x - N.length,
                U = N.length === 0 ? b + 1 : 0
              for (let ae of F.aliases) C.add(ae)
              let W = Wi(F.next, (ae) =>
                  xe(ae)
                    ? P(ae)
                    : C.has(ae.value)
                    ? w(uW(h, "Refusing to follow next_page_url: it points back to a page already read"))
                    : U >= r.maxEmptyPages
                    ? w(uW(h, `Giving up after ${U} empty pages in a row that still link further`))
                    : P(ae)),
                K = O ? y() : JT(W, y),
                me = i(Vt({ items: N, meta: F.meta, cursor: K }))
              return L <= 0
                ? de(me, i(a))
                : ue(W)
                ? de(me, i(Aa(S(W.left))))
                : xe(W.right)
                ? de(me, i(a))
                : de(me, c(W.right.value, L, U, C))
            })
          ),
        u = c(e, r.limit, 0, new Set()).pipe(Wa((h) => Lv(h) ? Ut(h) : i(gt(La(h, S))))),
        l = 0,
        f = (h) =>
          io(X(() => {
            if (h <= l) return J
            let x = l === 0, b = KN(n, Array.from({ length: h - l }, () => {}))
            return l = h, x ? de(Xr(Qt(u), s), b) : b
          })),
        m = q(Vu(o), (h) => {
          let x = h.exit
          return h.exit = void 0, x
        })
      return { allowUpTo: f, next: m }
    }),
  lW = (e, t, r) =>
    pk(Q(pW(e, t, r), (n) => {
      let o = 0
      return s2(X(() => {
        let s = o + 1
        return de(n.allowUpTo(s + r.prefetch), n.next).pipe(Rn(() => o = s))
      }))
    })),
  lT = (e, t, r) =>
    pk(Q(pW(e, t, r), (n) => {
      let o = 0,
        s,
        i = X(() => {
          if (s !== void 0) {
            let c = s
            return s = void 0, ni(n.allowUpTo(o + r.prefetch), vt(c))
          }
          let a = o + 1
          return de(n.allowUpTo(a), n.next).pipe(q(({ items: c }) => {
            if (o = a, c.length < 2) return ni(n.allowUpTo(o + r.prefetch), vt(c))
            let u = Math.ceil(c.length / 2)
            return s = c.slice(u), se(vt(c.slice(0, u)))
          }))
        })
      return o2(i)
    }))
var UZ = ["pageSize", "from", "limit", "prefetch"],
  fW = (e, t, r, n) =>
    Pd(function*() {
      let o = yield* fd(t, "options", n, UZ),
        { config: s } = e,
        i = yield* Fy(t, "options.pageSize", o?.pageSize, 1, 1e3),
        a = yield* Fy(t, "options.limit", o?.limit, 1, Number.MAX_SAFE_INTEGER),
        c = yield* Fy(t, "options.prefetch", o?.prefetch, 0, 16),
        u = { limit: a ?? Number.POSITIVE_INFINITY, prefetch: c ?? 1, maxEmptyPages: s.maxEmptyPages }
      if (o?.from !== void 0) return { first: yield* LH(s, t, o.from, r), demand: u }
      let l = i ?? Math.min(a ?? s.pageSize, s.pageSize)
      return { first: `${s.origin}${r}?PageSize=${l}`, demand: u }
    }),
  qZ = (e, t, r, n) => {
    let o = `${t.operation}.page`
    return _p(
      e,
      o,
      t.attributes(r),
      X(() => Wi(t.path(o, r), (s) => hs(fW(e, o, s, n), ({ first: i }) => ({ first: i, path: s })))).pipe(
        q(({ first: s, path: i }) => pT(e, t.operation, i, t.decode, s)),
        q((s) => Q(s.next, (i) => ({ items: s.items, meta: s.meta, cursor: i })))
      )
    )
  },
  fT = (e, t, r, n, o, s) => {
    let i = `${t.operation}.${r}`
    return cW(
      e,
      i,
      t.attributes(n),
      uk(X(() =>
        Wi(
          t.path(i, n),
          (a) => hs(fW(e, i, a, o), ({ demand: c, first: u }) => s(u, (l) => pT(e, t.operation, a, t.decode, l), c))
        )
      ))
    )
  },
  dT = (e, t) => ({
    page: (r, n) => qZ(e, t, r, n),
    pages: (r, n) => fT(e, t, "pages", r, n, lW),
    stream: (r, n) => fT(e, t, "stream", r, n, lT),
    list: (r, n) => Q(a2(fT(e, t, "list", r, n, lT)), Mt)
  }),
  Op = (e) => typeof e == "string" ? e : void 0,
  HZ = {
    operation: "channels",
    path: () => P("/v1/Channels"),
    attributes: () => ({}),
    decode: vy("flex_chat_channels", sd)
  },
  WZ = {
    operation: "interactionChannels",
    path: (e, [t]) => hs(Sc(e, "interactionSid", "KD", t), (r) => `/v1/Interactions/${r}/Channels`),
    attributes: ([e]) => ({ "flex.interaction_sid": Op(e) }),
    decode: vy("channels", id)
  },
  BZ = {
    operation: "participants",
    path: (e, [t, r]) =>
      Pd(function*() {
        let n = yield* Sc(e, "interactionSid", "KD", t), o = yield* Sc(e, "channelSid", "UO", r)
        return `/v1/Interactions/${n}/Channels/${o}/Participants`
      }),
    attributes: ([e, t]) => ({ "flex.interaction_sid": Op(e), "flex.channel_sid": Op(t) }),
    decode: vy("participants", Ay)
  },
  zZ = oT(sd),
  $Z = oT(id),
  jZ = (e, t) =>
    _p(
      e,
      "channels.fetch",
      { "flex.chat_channel_sid": Op(t) },
      X(() => Sc("channels.fetch", "sid", "CH", t)).pipe(
        q((r) => md(e, { method: "GET", url: `${e.config.origin}/v1/Channels/${r}` }, zZ)),
        Q(({ value: r }) => r)
      )
    ),
  KZ = (e, t, r, n) => {
    let o = "interactionChannels.update"
    return Pd(function*() {
      let s = yield* Sc(o, "interactionSid", "KD", t),
        i = yield* Sc(o, "channelSid", "UO", r),
        a = yield* PH(o, n),
        c = yield* AH(o, "params", kH, a)
      return { method: "POST", url: `${e.config.origin}/v1/Interactions/${s}/Channels/${i}`, form: wH(c) }
    })
  },
  GZ = (e, t, r, n) =>
    _p(
      e,
      "interactionChannels.update",
      { "flex.interaction_sid": Op(t), "flex.channel_sid": Op(r) },
      X(() => KZ(e, t, r, n)).pipe(
        Rn((o) => pN("flex.status", o.form?.Status)),
        q((o) => md(e, o, $Z)),
        Q(({ value: o }) => o)
      )
    ),
  dW = (e) =>
    Jt(function*() {
      let t = yield* MH(e), r = oW(t, yield* Oy), n = dT(r, HZ), o = dT(r, WZ), s = dT(r, BZ)
      return {
        channels: {
          fetch: (i) => jZ(r, i),
          page: (i) => n.page([], i),
          pages: (i) => n.pages([], i),
          stream: (i) => n.stream([], i),
          list: (i) => n.list([], i)
        },
        interactionChannels: {
          page: (i, a) => o.page([i], a),
          pages: (i, a) => o.pages([i], a),
          stream: (i, a) => o.stream([i], a),
          list: (i, a) => o.list([i], a),
          update: (i, a, c) => GZ(r, i, a, c)
        },
        participants: {
          page: (i, a, c) => s.page([i, a], c),
          pages: (i, a, c) => s.pages([i, a], c),
          stream: (i, a, c) => s.stream([i, a], c),
          list: (i, a, c) => s.list([i, a], c)
        }
      }
    })
var mT = ft("@effect-flex/core/FlexClient"), JZ = dW, mW = (e) => xN(mT, JZ(e))
var xW = (e, t, r) => t2(gW(e, t, r))
var gW = (e, t, r) => Mw(() => ZZ(e(), t, Gr(void 0), r)),
  yW = (e, t, { encoding: r, endOnDone: n = !0 } = {}, o = J) => {
    let s = QZ(e, r),
      i = n
        ? Ha((a) => {
          "closed" in e && e.closed ? a(J) : (e.once("finish", () => a(J)), e.end())
        })
        : J
    return { awaitRead: () => J, emit: s, error: (a) => de(i, t(a)), done: (a) => de(i, o) }
  },
  QZ = (e, t) => (r) =>
    r.length === 0 ? J : Ha((n) => {
      let o = r[Symbol.iterator](), s = o.next()
      function i() {
        let a = s
        s = o.next()
        let c = e.write(a.value, t)
        s.done ? n(J) : c ? i() : e.once("drain", i)
      }
      i()
    }),
  ZZ = (e, t, r, n) => {
    if (!e.readable) return dq
    let o = iO(!1)
    function s() {
      o.unsafeOpen()
    }
    function i(l) {
      r.current = Aa(t(l)), o.unsafeOpen()
    }
    function a() {
      r.current = Tu, o.unsafeOpen()
    }
    e.on("readable", s), e.on("error", i), e.on("end", a)
    let c = n?.chunkSize ? Number(n.chunkSize) : void 0,
      u = Mw(function l() {
        let f = e.read(c)
        if (f === null) return r.current ? fq(r.current) : (o.unsafeClose(), Xf(o.await, l))
        let m = [f]
        for (;;) {
          if (f = e.read(c), f === null) return Xf(mq(vt(m)), l)
          m.push(f)
        }
      })
    return lq(
      u,
      ye(() => {
        e.off("readable", s),
          e.off("error", i),
          e.off("end", a),
          n?.closeOnDone !== !1 && "closed" in e && !e.closed && e.destroy()
      })
    )
  }
var EW = (e, t, r) => xq(SW(e, t, r)),
  SW = (e, t, r) => Xf(Go(ye(() => e()), fr()), ([n, o]) => Fw(XZ(n, o, t), yW(n, (s) => rf(o, s), r, HD(o, J)))),
  XZ = (e, t, r) =>
    X(() => {
      function n(o) {
        WD(t, fe(r(o)))
      }
      return e.on("error", n),
        Pr(
          it(t),
          ye(() => {
            e.removeListener("error", n)
          })
        )
    })
var bW = EW
var CW = xW
var hT = Ii
import * as qy from "node:http"
import * as Hy from "node:https"
import { Readable as r5 } from "node:stream"
var n5 = (e) =>
    Vq((t, r, n) =>
      X(() => {
        let o = t.body
        switch (o._tag) {
          case "Empty":
            return xT(e, t, r, n, (s) => s.end())
          case "Uint8Array":
          case "Raw":
            return xT(e, t, r, n, (s) => s.end(o.body))
          case "FormData": {
            let s = new Response(o.formData)
            return xT(e, t, r, n, (i) => {
              i.setHeader("content-type", s.headers.get("content-type")), r5.fromWeb(s.body).pipe(i)
            })
          }
          case "Stream":
            return s5(e, t, r, n, o.stream)
        }
      })
    ),
  o5 = (e) =>
    gN(
      Oy,
      Q(
        cf(
          ye(() => ({ http: new qy.Agent({ keepAlive: !0, ...e }), https: new Hy.Agent({ keepAlive: !0, ...e }) })),
          (t) =>
            ye(() => {
              t.http.destroy(), t.https.destroy()
            })
        ),
        n5
      )
    ),
  _W = o5(),
  hd = (e, t) => new wi({ request: e, reason: "Transport", cause: t }),
  OW = (e, t, r, n) => {
    let o = { method: t.method, headers: t.headers, signal: n }
    return r.protocol === "https:" ? Hy.request(r, { ...o, agent: e.https }) : qy.request(r, { ...o, agent: e.http })
  },
  xT = (e, t, r, n, o) =>
    Ha((s) => {
      let i
      try {
        i = OW(e, t, r, n)
      } catch (a) {
        return s(fe(hd(t, a)))
      }
      i.once("error", (a) => s(fe(hd(t, a)))), i.once("response", (a) => s(se(new Uy(t, a))))
      try {
        o(i)
      } catch (a) {
        i.destroy(), s(fe(new wi({ request: t, reason: "Encode", cause: a })))
      }
    }),
  s5 = (e, t, r, n, o) =>
    q(zu({ try: () => OW(e, t, r, n), catch: (s) => hd(t, s) }), (s) => {
      let i = Ha((c) => {
          let u = (f) => c(fe(hd(t, f))), l = (f) => c(se(new Uy(t, f)))
          return s.once("error", u),
            s.once("response", l),
            ye(() => {
              s.off("error", u), s.off("response", l)
            })
        }),
        a = i2(Ng(o, (c) => new wi({ request: t, reason: "Encode", cause: c })), bW(() => s, (c) => hd(t, c))).pipe(
          $u(() => ye(() => s.destroy()))
        )
      return de(a, i, { concurrent: !0 })
    }),
  i5 = () => {},
  Uy = class extends Oc {
    constructor(r, n) {
      super()
      this.request = r
      this.source = n
      n.on("error", i5)
    }
    request
    source;
    [ho] = ho;
    [hT] = hT
    cachedHeaders
    body
    get status() {
      return this.source.statusCode ?? 0
    }
    get headers() {
      return this.cachedHeaders ??= a5(this.source.rawHeaders)
    }
    get cookies() {
      let r = this.source.headers["set-cookie"]
      return r === void 0 ? oq : fy(r)
    }
    get remoteAddress() {
      return Hr(this.source.socket?.remoteAddress)
    }
    decodeError = (r) => new sn({ request: this.request, response: this, reason: "Decode", cause: r })
    get stream() {
      return this.body !== void 0 ? r2(this.bytes) : CW(() => {
        if (this.source.readableEnded || this.source.destroyed) {
          throw new Error("The body was already read, or its connection closed")
        }
        return this.source
      }, this.decodeError)
    }
    get bytes() {
      return q(gy, (r) =>
        Ha((n) => {
          let o = V(r) ? Number(r.value) : Number.POSITIVE_INFINITY
          this.body ??= u5(this.source, o),
            this.body.then((s) =>
              n(
                s.length > o
                  ? fe(this.decodeError(new Error(`The body is larger than the maximum of ${o} bytes`)))
                  : se(s)
              ), (s) => n(fe(this.decodeError(s))))
        }))
    }
    get text() {
      return Q(this.bytes, (r) => r.toString("utf8", c5(r) ? 3 : 0))
    }
    get json() {
      return q(this.text, (r) => zu({ try: () => r === "" ? null : JSON.parse(r), catch: this.decodeError }))
    }
    get urlParamsBody() {
      return q(this.text, (r) => zu({ try: () => Ti(new URLSearchParams(r)), catch: this.decodeError }))
    }
    get arrayBuffer() {
      return Q(this.bytes, (r) => r.buffer.slice(r.byteOffset, r.byteOffset + r.byteLength))
    }
    get formData() {
      return q(
        this.bytes,
        (r) =>
          ri({
            try: () => new Response(new Uint8Array(r), { headers: this.headers }).formData(),
            catch: this.decodeError
          })
      )
    }
    toJSON() {
      return {
        _id: "@effect/platform/HttpClientResponse",
        request: this.request.toJSON(),
        status: this.status,
        headers: us(this.headers),
        remoteAddress: this.remoteAddress.toJSON()
      }
    }
  },
  a5 = (e) => {
    let t = Object.create(null)
    for (let r = 0; r < e.length; r += 2) {
      let n = e[r].toLowerCase(), o = t[n]
      t[n] = o === void 0 ? e[r + 1] : `${o}, ${e[r + 1]}`
    }
    return dy(t)
  },
  c5 = (e) => e.length >= 3 && e[0] === 239 && e[1] === 187 && e[2] === 191,
  u5 = (e, t) =>
    new Promise((r, n) => {
      if (e.readableEnded || e.destroyed) return n(new Error("The body was already read, or its connection closed"))
      let o = [], s = 0
      e.on("data", (i) => {
        if (s += i.length, s > t) return e.destroy(), n(new Error(`The body is larger than the maximum of ${t} bytes`))
        o.push(i)
      }),
        e.once("end", () => r(o.length === 1 ? o[0] : Buffer.concat(o, s))),
        e.once("error", n),
        e.once("close", () => {
          e.complete || n(new Error("The connection closed before the end of the body"))
        })
    })
var kW = (e) => mW(e).pipe(yN(_W))
import * as wW from "node:fs"
var gT = JSON.parse(wW.readFileSync("/tmp/st.json", "utf8"))
Jt(function*() {
  let t = yield* (yield* mT).channels.page({ pageSize: 2 })
  console.log("ok", t.items.length, t.items[0]?.sid)
}).pipe($a(kW({ accountSid: gT.accountSid, authToken: uc(gT.authToken), baseUrl: gT.url })), zx)
