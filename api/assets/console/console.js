"use strict";(()=>{var _e,k,Ct,rr,te,ft,Dt,Rt,Ge,Ce,le,At,Ke,je,We,ir,Ae={},ve=[],ar=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ee=Array.isArray;function z(t,n){for(var o in n)t[o]=n[o];return t}function Ze(t){t&&t.parentNode&&t.parentNode.removeChild(t)}function sr(t,n,o){var r,i,a,u={};for(a in n)a=="key"?r=n[a]:a=="ref"?i=n[a]:u[a]=n[a];if(arguments.length>2&&(u.children=arguments.length>3?_e.call(arguments,2):o),typeof t=="function"&&t.defaultProps!=null)for(a in t.defaultProps)u[a]===void 0&&(u[a]=t.defaultProps[a]);return De(t,u,r,i,null)}function De(t,n,o,r,i){var a={type:t,props:n,key:o,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:i??++Ct,__i:-1,__u:0};return i==null&&k.vnode!=null&&k.vnode(a),a}function T(t){return t.children}function Re(t,n){this.props=t,this.context=n}function ne(t,n){if(n==null)return t.__?ne(t.__,t.__i+1):null;for(var o;n<t.__k.length;n++)if((o=t.__k[n])!=null&&o.__e!=null)return o.__e;return typeof t.type=="function"?ne(t):null}function ur(t){if(t.__P&&t.__d){var n=t.__v,o=n.__e,r=[],i=[],a=z({},n);a.__v=n.__v+1,k.vnode&&k.vnode(a),Ye(t.__P,a,n,t.__n,t.__P.namespaceURI,32&n.__u?[o]:null,r,o??ne(n),!!(32&n.__u),i),a.__v=n.__v,a.__.__k[a.__i]=a,xt(r,a,i),n.__e=n.__=null,a.__e!=o&&vt(a)}}function vt(t){if((t=t.__)!=null&&t.__c!=null)return t.__e=t.__c.base=null,t.__k.some(function(n){if(n!=null&&n.__e!=null)return t.__e=t.__c.base=n.__e}),vt(t)}function $t(t){(!t.__d&&(t.__d=!0)&&te.push(t)&&!Ie.__r++||ft!=k.debounceRendering)&&((ft=k.debounceRendering)||Dt)(Ie)}function Ie(){try{for(var t,n=1;te.length;)te.length>n&&te.sort(Rt),t=te.shift(),n=te.length,ur(t)}finally{te.length=Ie.__r=0}}function It(t,n,o,r,i,a,u,l,d,s,y){var b,c,g,p,D,h,R=r&&r.__k||ve,v=n.length;for(d=dr(o,n,R,d,v),b=0;b<v;b++)(g=o.__k[b])!=null&&(c=g.__i!=-1&&R[g.__i]||Ae,g.__i=b,h=Ye(t,g,c,i,a,u,l,d,s,y),p=g.__e,g.ref&&c.ref!=g.ref&&(c.ref&&ze(c.ref,null,g),y.push(g.ref,g.__c||p,g)),D==null&&p!=null&&(D=p),4&g.__u?(d=_t(g,d,t),c.__e&&(c.__e=null)):typeof g.type=="function"&&h!==void 0?d=h:p&&(d=p.nextSibling),g.__u&=-7);return o.__e=D,d}function dr(t,n,o,r,i){var a,u,l,d,s,y=o.length,b=y,c=0;for(t.__k=new Array(i),a=0;a<i;a++)(u=n[a])!=null&&typeof u!="boolean"&&typeof u!="function"?(typeof u=="string"||typeof u=="number"||typeof u=="bigint"||u.constructor==String?u=t.__k[a]=De(null,u,null,null,null):Ee(u)?u=t.__k[a]=De(T,{children:u},null,null,null):u.constructor===void 0&&u.__b>0?u=t.__k[a]=De(u.type,u.props,u.key,u.ref?u.ref:null,u.__v):t.__k[a]=u,d=a+c,u.__=t,u.__b=t.__b+1,l=null,(s=u.__i=lr(u,o,d,b))!=-1&&(b--,(l=o[s])&&(l.__u|=2)),l==null||l.__v==null?(s==-1&&(i>y?c--:i<y&&c++),typeof u.type!="function"&&(u.__u|=4)):s!=d&&(s==d-1?c--:s==d+1?c++:(s>d?c--:c++,u.__u|=4))):t.__k[a]=null;if(b)for(a=0;a<y;a++)(l=o[a])!=null&&(2&l.__u)==0&&(l.__e==r&&(r=ne(l)),Pt(l,l));return r}function _t(t,n,o){var r,i;if(typeof t.type=="function"){for(r=t.__k,i=0;r&&i<r.length;i++)r[i]&&(r[i].__=t,n=_t(r[i],n,o));return n}t.__e!=n&&(n&&t.type&&!n.parentNode&&(n=ne(t)),n=o.insertBefore(t.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function lr(t,n,o,r){var i,a,u,l=t.key,d=t.type,s=n[o],y=s!=null&&(2&s.__u)==0;if(s===null&&l==null||y&&l==s.key&&d==s.type)return o;if(r>(y?1:0)){for(i=o-1,a=o+1;i>=0||a<n.length;)if((s=n[u=i>=0?i--:a++])!=null&&(2&s.__u)==0&&l==s.key&&d==s.type)return u}return-1}function St(t,n,o){n[0]=="-"?t.setProperty(n,o??""):t[n]=o==null?"":typeof o!="number"||ar.test(n)?o:o+"px"}function he(t,n,o,r,i){var a,u;e:if(n=="style")if(typeof o=="string")t.style.cssText=o;else{if(typeof r=="string"&&(t.style.cssText=r=""),r)for(n in r)o&&n in o||St(t.style,n,"");if(o)for(n in o)r&&o[n]==r[n]||St(t.style,n,o[n])}else if(n[0]=="o"&&n[1]=="n")a=n!=(n=n.replace(At,"$1")),u=n.toLowerCase(),n=u in t||n=="onFocusOut"||n=="onFocusIn"?u.slice(2):n.slice(2),t.l||(t.l={}),t.l[n+a]=o,o?r?o[le]=r[le]:(o[le]=Ke,t.addEventListener(n,a?We:je,a)):t.removeEventListener(n,a?We:je,a);else{if(i=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in t)try{t[n]=o??"";break e}catch{}typeof o=="function"||(o==null||o===!1&&n[4]!="-"?t.removeAttribute(n):t.setAttribute(n,n=="popover"&&o==1?"":o))}}function ht(t){return function(n){if(this.l){var o=this.l[n.type+t];if(n[Ce]==null)n[Ce]=Ke++;else if(n[Ce]<o[le])return;return o(k.event?k.event(n):n)}}}function Ye(t,n,o,r,i,a,u,l,d,s){var y,b,c,g,p,D,h,R,v,w,Q,V,F,G,L,se,U=n.type;if(n.constructor!==void 0)return null;128&o.__u&&(d=!!(32&o.__u),a=[l=n.__e=o.__e]),(y=k.__b)&&y(n);e:if(typeof U=="function"){b=u.length;try{if(v=n.props,w=U.prototype&&U.prototype.render,Q=(y=U.contextType)&&r[y.__c],V=y?Q?Q.props.value:y.__:r,o.__c?R=(c=n.__c=o.__c).__=c.__E:(w?n.__c=c=new U(v,V):(n.__c=c=new Re(v,V),c.constructor=U,c.render=mr),Q&&Q.sub(c),c.state||(c.state={}),c.__n=r,g=c.__d=!0,c.__h=[],c._sb=[]),w&&c.__s==null&&(c.__s=c.state),w&&U.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=z({},c.__s)),z(c.__s,U.getDerivedStateFromProps(v,c.__s))),p=c.props,D=c.state,c.__v=n,g)w&&U.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),w&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(w&&U.getDerivedStateFromProps==null&&v!==p&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(v,V),n.__v==o.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(v,c.__s,V)===!1){n.__v!=o.__v&&(c.props=v,c.state=c.__s,c.__d=!1),n.__e=o.__e,n.__k=o.__k,n.__k.some(function(Z){Z&&(Z.__=n)}),ve.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&u.push(c),l=ne(o);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(v,c.__s,V),w&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(p,D,h)})}if(c.context=V,c.props=v,c.__P=t,c.__e=!1,F=k.__r,G=0,w)c.state=c.__s,c.__d=!1,F&&F(n),y=c.render(c.props,c.state,c.context),ve.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,F&&F(n),y=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++G<25);c.state=c.__s,c.getChildContext!=null&&(r=z(z({},r),c.getChildContext())),w&&!g&&c.getSnapshotBeforeUpdate!=null&&(h=c.getSnapshotBeforeUpdate(p,D)),L=y!=null&&y.type===T&&y.key==null?Nt(y.props.children):y,l=It(t,Ee(L)?L:[L],n,o,r,i,a,u,l,d,s),c.base=n.__e,n.__u&=-161,c.__h.length&&u.push(c),R&&(c.__E=c.__=null)}catch(Z){if(u.length=b,n.__v=null,d||a!=null){if(Z.then){for(n.__u|=d?160:128;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;a!=null&&(a[a.indexOf(l)]=null),n.__e=l}else if(a!=null)for(se=a.length;se--;)Ze(a[se])}else n.__e=o.__e;n.__k==null&&(n.__k=o.__k||[]),Z.then||Et(n),k.__e(Z,n,o)}}else a==null&&n.__v==o.__v?(n.__k=o.__k,n.__e=o.__e):l=n.__e=cr(o.__e,n,o,r,i,a,u,d,s);return(y=k.diffed)&&y(n),128&n.__u?void 0:l}function Et(t){t&&(t.__c&&(t.__c.__e=!0),t.__k&&t.__k.some(Et))}function xt(t,n,o){for(var r=0;r<o.length;r++)ze(o[r],o[++r],o[++r]);k.__c&&k.__c(n,t),t.some(function(i){try{t=i.__h,i.__h=[],t.some(function(a){a.call(i)})}catch(a){k.__e(a,i.__v)}})}function Nt(t){return typeof t!="object"||t==null||t.__b>0?t:Ee(t)?t.map(Nt):t.constructor!==void 0?null:z({},t)}function cr(t,n,o,r,i,a,u,l,d){var s,y,b,c,g,p,D,h=o.props||Ae,R=n.props,v=n.type;if(v=="svg"?i="http://www.w3.org/2000/svg":v=="math"?i="http://www.w3.org/1998/Math/MathML":i||(i="http://www.w3.org/1999/xhtml"),a!=null){for(s=0;s<a.length;s++)if((g=a[s])&&"setAttribute"in g==!!v&&(v?g.localName==v:g.nodeType==3)){t=g,a[s]=null;break}}if(t==null){if(v==null)return document.createTextNode(R);t=document.createElementNS(i,v,R.is&&R),l&&(k.__m&&k.__m(n,a),l=!1),a=null}if(v==null)h===R||l&&t.data==R||(t.data=R);else{if(a=v=="textarea"&&R.defaultValue!=null?null:a&&_e.call(t.childNodes),!l&&a!=null)for(h={},s=0;s<t.attributes.length;s++)h[(g=t.attributes[s]).name]=g.value;for(s in h)g=h[s],s=="dangerouslySetInnerHTML"?b=g:s=="children"||s in R||s=="value"&&"defaultValue"in R||s=="checked"&&"defaultChecked"in R||he(t,s,null,g,i);for(s in R)g=R[s],s=="children"?c=g:s=="dangerouslySetInnerHTML"?y=g:s=="value"?p=g:s=="checked"?D=g:l&&typeof g!="function"||h[s]===g||he(t,s,g,h[s],i);if(y)l||b&&(y.__html==b.__html||y.__html==t.innerHTML)||(t.innerHTML=y.__html),n.__k=[];else if(b&&(t.innerHTML=""),It(n.type=="template"?t.content:t,Ee(c)?c:[c],n,o,r,v=="foreignObject"?"http://www.w3.org/1999/xhtml":i,a,u,a?a[0]:o.__k&&ne(o,0),l,d),a!=null)for(s=a.length;s--;)Ze(a[s]);l&&v!="textarea"||(s="value",v=="progress"&&p==null?t.removeAttribute("value"):p!=null&&(p!==t[s]||v=="progress"&&!p||v=="option"&&p!=h[s])&&he(t,s,p,h[s],i),s="checked",D!=null&&D!=t[s]&&he(t,s,D,h[s],i))}return t}function ze(t,n,o){try{if(typeof t=="function"){var r=typeof t.__u=="function";r&&t.__u(),r&&n==null||(t.__u=t(n))}else t.current=n}catch(i){k.__e(i,o)}}function Pt(t,n,o){var r,i;if(k.unmount&&k.unmount(t),(r=t.ref)&&(r.current&&r.current!=t.__e||ze(r,null,n)),(r=t.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(a){k.__e(a,n)}r.base=r.__P=r.__n=null}if(r=t.__k)for(i=0;i<r.length;i++)r[i]&&Pt(r[i],n,o||typeof t.type!="function");o||Ze(t.__e),t.__c=t.__=t.__e=void 0}function mr(t,n,o){return this.constructor(t,o)}function Tt(t,n,o){var r,i,a,u;n==document&&(n=document.documentElement),k.__&&k.__(t,n),i=(r=typeof o=="function")?null:o&&o.__k||n.__k,a=[],u=[],Ye(n,t=(!r&&o||n).__k=sr(T,null,[t]),i||Ae,Ae,n.namespaceURI,!r&&o?[o]:i?null:n.firstChild?_e.call(n.childNodes):null,a,!r&&o?o:i?i.__e:n.firstChild,r,u),xt(a,t,u),t.props.children=null}_e=ve.slice,k={__e:function(t,n,o,r){for(var i,a,u;n=n.__;)if((i=n.__c)&&!i.__)try{if((a=i.constructor)&&a.getDerivedStateFromError!=null&&(i.setState(a.getDerivedStateFromError(t)),u=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(t,r||{}),u=i.__d),u)return i.__E=i}catch(l){t=l}throw t}},Ct=0,rr=function(t){return t!=null&&t.constructor===void 0},Re.prototype.setState=function(t,n){var o;o=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=z({},this.state),typeof t=="function"&&(t=t(z({},o),this.props)),t&&z(o,t),t!=null&&this.__v&&(n&&this._sb.push(n),$t(this))},Re.prototype.forceUpdate=function(t){this.__v&&(this.__e=!0,t&&this.__h.push(t),$t(this))},Re.prototype.render=T,te=[],Dt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Rt=function(t,n){return t.__v.__b-n.__v.__b},Ie.__r=0,Ge=Math.random().toString(8),Ce="__d"+Ge,le="__a"+Ge,At=/(PointerCapture)$|Capture$/i,Ke=0,je=ht(!1),We=ht(!0),ir=0;var ce,O,Je,qt,me=0,Ft=[],M=k,kt=M.__b,wt=M.__r,Ot=M.diffed,Mt=M.__c,Bt=M.unmount,Qt=M.__;function et(t,n){M.__h&&M.__h(O,t,me||n),me=0;var o=O.__H||(O.__H={__:[],__h:[]});return t>=o.__.length&&o.__.push({}),o.__[t]}function m(t){return me=1,pr(Ut,t)}function pr(t,n,o){var r=et(ce++,2);if(r.t=t,!r.__c&&(r.__=[o?o(n):Ut(void 0,n),function(l){var d=r.__N?r.__N[0]:r.__[0],s=r.t(d,l);d!==s&&(r.__N=[s,r.__[1]],r.__c.setState({}))}],r.__c=O,!O.__f)){var i=function(l,d,s){if(!r.__c.__H)return!0;var y=!1,b=r.__c.props!==l;if(r.__c.__H.__.some(function(g){if(g.__N){y=!0;var p=g.__[0];g.__=g.__N,g.__N=void 0,p!==g.__[0]&&(b=!0)}}),a){var c=a.call(this,l,d,s);return y?c||b:c}return!y||b};O.__f=!0;var a=O.shouldComponentUpdate,u=O.componentWillUpdate;O.componentWillUpdate=function(l,d,s){if(this.__e){var y=a;a=void 0,i(l,d,s),a=y}u&&u.call(this,l,d,s)},O.shouldComponentUpdate=i}return r.__N||r.__}function _(t,n){var o=et(ce++,3);!M.__s&&Lt(o.__H,n)&&(o.__=t,o.u=n,O.__H.__h.push(o))}function Ne(t){return me=5,j(function(){return{current:t}},[])}function j(t,n){var o=et(ce++,7);return Lt(o.__H,n)&&(o.__=t(),o.__H=n,o.__h=t),o.__}function Pe(t,n){return me=8,j(function(){return t},n)}function gr(){for(var t;t=Ft.shift();){var n=t.__H;if(t.__P&&n)try{n.__h.some(xe),n.__h.some(Xe),n.__h=[]}catch(o){n.__h=[],M.__e(o,t.__v)}}}M.__b=function(t){O=null,kt&&kt(t)},M.__=function(t,n){t&&n.__k&&n.__k.__m&&(t.__m=n.__k.__m),Qt&&Qt(t,n)},M.__r=function(t){wt&&wt(t),ce=0;var n=(O=t.__c).__H;n&&(Je===O?(n.__h=[],O.__h=[],n.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})):(n.__h.some(xe),n.__h.some(Xe),n.__h=[],ce=0)),Je=O},M.diffed=function(t){Ot&&Ot(t);var n=t.__c;n&&n.__H&&(n.__H.__h.length&&(Ft.push(n)!==1&&qt===M.requestAnimationFrame||((qt=M.requestAnimationFrame)||yr)(gr)),n.__H.__.some(function(o){o.u&&(o.__H=o.u,o.u=void 0)})),Je=O=null},M.__c=function(t,n){n.some(function(o){try{o.__h.some(xe),o.__h=o.__h.filter(function(r){return!r.__||Xe(r)})}catch(r){n.some(function(i){i.__h&&(i.__h=[])}),n=[],M.__e(r,o.__v)}}),Mt&&Mt(t,n)},M.unmount=function(t){Bt&&Bt(t);var n,o=t.__c;o&&o.__H&&(o.__H.__.some(function(r){try{xe(r)}catch(i){n=i}}),o.__H=void 0,n&&M.__e(n,o.__v))};var Vt=typeof requestAnimationFrame=="function";function yr(t){var n,o=function(){clearTimeout(r),Vt&&cancelAnimationFrame(n),setTimeout(t)},r=setTimeout(o,35);Vt&&(n=requestAnimationFrame(o))}function xe(t){var n=O,o=t.__c;typeof o=="function"&&(t.__c=void 0,o()),O=n}function Xe(t){var n=O;t.__c=t.__(),O=n}function Lt(t,n){return!t||t.length!==n.length||n.some(function(o,r){return o!==t[r]})}function Ut(t,n){return typeof n=="function"?n(t):n}var C=class extends String{__apiType;value;__meta__;constructor(n,o){super(n),this.value=n,this.__meta__=o}toString(){return this.value}},Ht=new C(`
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  commander
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}
    `,{fragmentName:"Me"}),Gt=new C(`
    query AbuseFlags($code: String!) {
  abuseFlags(communeCode: $code, status: OPEN, first: 50) {
    totalCount
    nodes {
      id
      reason
      createdAt
      resident {
        displayName
        email
      }
      brigade {
        name
      }
    }
  }
}
    `),jt=new C(`
    mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {
  decideAbuseFlag(id: $id, suspend: $suspend, note: $note) {
    id
    status
  }
}
    `),Wt=new C(`
    query AdminBrigades {
  brigades {
    id
    code
    name
    kind
    phone
    communes {
      code
    }
  }
}
    `),Kt=new C(`
    query AdminCategories {
  categories {
    code
    label
    urgency
    order
    active
    diversion
  }
}
    `),Zt=new C(`
    query RoutingSetup {
  communes(participating: true) {
    code
    name
    brigade {
      name
    }
  }
  categories {
    code
    label
  }
  brigades {
    id
    name
  }
}
    `),Yt=new C(`
    query RoutingRules($c: String!) {
  categoryOverrides(communeCode: $c) {
    category {
      code
      label
    }
    brigade {
      id
      name
    }
  }
}
    `),zt=new C(`
    mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
  setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) {
    code
  }
}
    `),Jt=new C(`
    query Accounts($filter: UserFilter, $after: String) {
  users(filter: $filter, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      displayName
      email
      role
      disabledAt
      enrolmentStatus
      brigade {
        name
      }
      commune {
        name
      }
      coordinatedCommunes {
        name
      }
    }
  }
}
    `),Xt=new C(`
    mutation EnableAccount($id: ID!) {
  enableAccount(userId: $id) {
    id
  }
}
    `),en=new C(`
    mutation DisableAccount($id: ID!) {
  disableAccount(userId: $id, reason: "Désactivé depuis la console") {
    id
  }
}
    `),tn=new C(`
    query Audit($after: String) {
  auditEvents(first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      kind
      targetType
      targetId
      actor {
        displayName
      }
    }
  }
}
    `),nn=new C(`
    mutation ResumeSession {
  resumeSession {
    accessToken
    expiresIn
    user {
      ...Me
    }
  }
}
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  commander
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}`),on=new C(`
    mutation Login($email: String!, $password: String!, $totpCode: String) {
  login(email: $email, password: $password, cookie: true, totpCode: $totpCode) {
    accessToken
    expiresIn
    user {
      ...Me
    }
  }
}
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  commander
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}`),rn=new C(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `),an=new C(`
    mutation EndSession {
  endSession
}
    `),sn=new C(`
    query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
  brigadeQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
      description
      createdAt
      priority
      overdue
      assignee {
        displayName
      }
      incident {
        id
        reportCount
      }
      category {
        code
        label
        urgency
      }
      commune {
        code
        name
      }
      location {
        latitude
        longitude
      }
    }
  }
}
    `),un=new C(`
    query BrigadeSetup {
  categories {
    code
    label
  }
  me {
    brigade {
      communes {
        code
        name
        referent {
          id
        }
      }
    }
  }
  brigadeTo: brigades {
    id
    code
    name
  }
}
    `),dn=new C(`
    query QueueOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),ln=new C(`
    subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
  brigadeQueueEvents(brigadeId: $brigade, after: $after) {
    id
    reportId
    kind
    status
  }
}
    `),cn=new C(`
    query CommuneBroadcasts($code: String!, $after: String) {
  broadcasts(communeCode: $code, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      body
      sender
      recipients
      createdAt
      expiresAt
    }
  }
}
    `),mn=new C(`
    mutation BroadcastToResidents($input: BroadcastInput!) {
  broadcastToResidents(input: $input) {
    id
    recipients
  }
}
    `),pn=new C(`
    mutation OpenProblemCase($input: ProblemCaseInput!) {
  openProblemCase(input: $input) {
    id
    title
  }
}
    `),gn=new C(`
    query CaseCandidates($case: ID!) {
  problemCaseCandidates(caseId: $case) {
    userId
    organisationId
    displayName
    role
    brigadeName
    organisation {
      name
      kind
    }
  }
}
    `),yn=new C(`
    mutation AddProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {
  addProblemCaseMember(
    caseId: $case
    userId: $user
    organisationId: $organisation
  ) {
    id
  }
}
    `),bn=new C(`
    mutation RemoveProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {
  removeProblemCaseMember(
    caseId: $case
    userId: $user
    organisationId: $organisation
  ) {
    id
  }
}
    `),fn=new C(`
    query CaseSuggestions($case: ID!, $from: DateTime!, $to: DateTime!) {
  problemCaseSuggestions(caseId: $case, from: $from, to: $to) {
    id
    status
    createdAt
    observedAt
    category {
      label
    }
    commune {
      name
    }
  }
}
    `),$n=new C(`
    mutation LinkReportsToProblemCase($case: ID!, $reports: [ID!]!) {
  linkReportsToProblemCase(caseId: $case, reportIds: $reports) {
    id
  }
}
    `),Sn=new C(`
    query ProblemCases($after: String) {
  problemCases(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      status
      communeCodes
      openedAt
    }
  }
}
    `),hn=new C(`
    query ProblemCaseDetail($id: ID!) {
  problemCase(id: $id) {
    id
    title
    problem
    status
    managedByMe
    openedAt
    closedAt
    assessment
    evaluation {
      windowDays
      totalBefore
      totalAfter
      afterComplete
    }
    members {
      userId
      organisationId
      displayName
      role
      brigadeName
      organisation {
        name
      }
    }
    reports {
      categoryCode
      status
      communeCode
      observedOn
    }
    actions {
      id
      title
      owner
      dueOn
      status
      outcome
    }
    meetings {
      id
      heldOn
      attendees
      minutes
    }
  }
}
    `),Cn=new C(`
    mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {
  saveProblemCaseAction(caseId: $case, input: $input) {
    id
  }
}
    `),Dn=new C(`
    mutation CloseProblemCase($case: ID!, $assessment: String!) {
  closeProblemCase(caseId: $case, assessment: $assessment) {
    id
    status
  }
}
    `),Rn=new C(`
    mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {
  recordProblemCaseMeeting(caseId: $case, input: $input) {
    id
  }
}
    `),An=new C(`
    subscription CoordinatorFeed {
  myNotifications {
    kind
  }
}
    `),vn=new C(`
    query CommuneBilan($code: String!, $year: Int!) {
  communeBilan(communeCode: $code, year: $year) {
    total
    threshold
    csv
  }
}
    `),In=new C(`
    query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
  enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      displayName
      email
      phone
      enrolmentStatus
    }
  }
}
    `),_n=new C(`
    mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
  decideEnrolment(userId: $id, approve: $approve, reason: $reason) {
    id
  }
}
    `),En=new C(`
    mutation SuspendResident($id: ID!, $reason: String!) {
  suspendResident(userId: $id, reason: $reason) {
    id
  }
}
    `),xn=new C(`
    mutation ReinstateResident($id: ID!) {
  reinstateResident(userId: $id) {
    id
  }
}
    `),Nn=new C(`
    query CommuneAlerts($code: String!) {
  interventionAlerts(communeCode: $code, first: 20) {
    nodes {
      id
      message
      recipients
      createdAt
      closedAt
      closingMessage
    }
  }
}
    `),Pn=new C(`
    query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {
  communeOutlines(codes: [$code]) {
    code
    name
    polygons
  }
  communeActivity(communeCode: $code, from: $from, to: $to) {
    total
    medianSecondsToAcknowledge
    byCategory {
      key
      count
    }
    byStatus {
      key
      count
    }
    byWeek {
      key
      count
    }
    reports(first: 100) {
      nodes {
        id
        status
        category {
          label
        }
        location {
          latitude
          longitude
        }
      }
    }
  }
  categories {
    code
    label
  }
}
    `),Tn=new C(`
    query DepartementPage($departement: String!, $from: Date!, $to: Date!) {
  departementActivity(departement: $departement, from: $from, to: $to) {
    total
    communes {
      code
      name
      participating
      total
      open
    }
    byWeek {
      key
      count
    }
    brigades {
      brigade {
        code
        name
      }
      total
      acknowledged
      medianSecondsToAcknowledge
      overdue
      overdueShare
    }
    cells {
      latitude
      longitude
      count
    }
  }
}
    `),qn=new C(`
    query DepartementOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),kn=new C(`
    query DepartementChoices {
  brigades {
    departement
  }
}
    `),wn=new C(`
    mutation ConfirmIncident($id: ID!) {
  confirmIncident(incidentId: $id) {
    id
    confirmed
  }
}
    `),On=new C(`
    mutation SplitReportFromIncident($id: ID!, $reason: String) {
  splitReportFromIncident(reportId: $id, reason: $reason) {
    id
  }
}
    `),Mn=new C(`
    mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {
  transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) {
    id
    status
  }
}
    `),Bn=new C(`
    query AdminCommunes($departement: String!, $participating: Boolean) {
  communes(departement: $departement, participating: $participating) {
    code
    name
    participating
    participatingSince
    brigade {
      name
    }
    referent {
      displayName
    }
  }
}
    `),Qn=new C(`
    query ParticipationHistory($code: String!) {
  participationHistory(communeCode: $code) {
    joinedOn
    protocolReference
    leftOn
    leavingReference
    updatedAt
    recordedBy {
      displayName
    }
  }
}
    `),Vn=new C(`
    mutation SetCommuneParticipation($code: String!, $participating: Boolean!, $on: Date!, $reference: String) {
  setCommuneParticipation(
    communeCode: $code
    participating: $participating
    effectiveOn: $on
    protocolReference: $reference
  ) {
    code
    participating
    participatingSince
  }
}
    `),Fn=new C(`
    query PartnerOrganisations($departement: String!) {
  partnerOrganisations(departement: $departement) {
    id
    name
    kind
    departement
  }
}
    `),Ln=new C(`
    query PartnerAccounts($organisation: ID!) {
  partnerAccounts(organisationId: $organisation) {
    id
    displayName
    email
    phone
    disabledAt
  }
}
    `),Un=new C(`
    mutation SavePartnerOrganisation($input: PartnerOrganisationInput!) {
  savePartnerOrganisation(input: $input) {
    id
    name
    kind
  }
}
    `),Hn=new C(`
    mutation CreatePartnerAccount($input: PartnerAccountInput!) {
  createPartnerAccount(input: $input) {
    user {
      id
      displayName
      email
    }
    resetCode {
      code
      expiresAt
    }
  }
}
    `),Gn=new C(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `),jn=new C(`
    mutation ResetPassword($email: String!, $code: String!, $password: String!) {
  resetPassword(email: $email, code: $code, newPassword: $password)
}
    `),Wn=new C(`
    query ReportDetail($id: ID!) {
  report(id: $id) {
    id
    status
    description
    observedAt
    createdAt
    routingRule
    accuracyMeters
    priority
    acknowledgeBy
    overdue
    assignee {
      id
      displayName
    }
    category {
      code
      label
      urgency
    }
    commune {
      code
      name
    }
    brigade {
      id
      name
    }
    location {
      latitude
      longitude
    }
    photos {
      id
      url
    }
    reporter {
      displayName
      email
      phone
    }
    duplicateOf {
      id
    }
    events {
      id
      kind
      status
      publicNote
      internalNote
      actorRole
      at
    }
    possibleDuplicates {
      reportId
      categoryCode
      status
      distanceMeters
      observedAt
    }
    incident {
      id
      confirmed
      reportCount
      reports {
        id
        status
        observedAt
        category {
          label
        }
      }
    }
  }
}
    `),Kn=new C(`
    query SecurityRequests($status: SecurityRequestStatus, $after: String) {
  securityRequests(filter: {status: $status}, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      communeCode
      topic
      subject
      status
      updatedAt
    }
  }
}
    `),Zn=new C(`
    query SecurityRequestThread($id: ID!) {
  securityRequest(id: $id) {
    id
    status
    messages {
      authorRole
      body
      createdAt
    }
  }
}
    `),Yn=new C(`
    mutation OpenSecurityRequest($input: SecurityRequestInput!) {
  openSecurityRequest(input: $input) {
    id
    status
  }
}
    `),zn=new C(`
    mutation ReplyToSecurityRequest($id: ID!, $body: String!) {
  replyToSecurityRequest(id: $id, body: $body) {
    id
    status
  }
}
    `),Jn=new C(`
    mutation CloseSecurityRequest($id: ID!) {
  closeSecurityRequest(id: $id) {
    id
    status
  }
}
    `),Xn=new C(`
    mutation SetTotp($code: String) {
  setTotp(code: $code) {
    uri
    qrSvg
    secret
    enabled
    recoveryCodes
  }
}
    `),eo=new C(`
    mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
  transitionReport(
    reportId: $id
    to: $to
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
    status
  }
}
    `),to=new C(`
    mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
  addReportNote(
    reportId: $id
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
  }
}
    `),no=new C(`
    mutation MarkDuplicate($id: ID!, $of: ID!) {
  markDuplicate(reportId: $id, duplicateOf: $of) {
    id
    status
  }
}
    `),oo=new C(`
    mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
  rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) {
    id
  }
}
    `),ro=new C(`
    query ReportAlerts($commune: String!) {
  interventionAlerts(communeCode: $commune, first: 20) {
    nodes {
      id
      message
      createdAt
      closedAt
      reportId
    }
  }
}
    `),io=new C(`
    mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
  sendInterventionAlert(
    communeCode: $commune
    message: $message
    reportId: $report
  ) {
    id
    recipients
  }
}
    `),ao=new C(`
    mutation CloseInterventionAlert($id: ID!, $message: String!) {
  closeInterventionAlert(id: $id, message: $message) {
    id
    closedAt
  }
}
    `),so=new C(`
    query BrigadeStaff {
  brigadeStaff {
    id
    displayName
    rank
    commander
  }
}
    `),uo=new C(`
    mutation AssignReport($id: ID!, $user: ID) {
  assignReport(reportId: $id, userId: $user) {
    id
    assignee {
      id
      displayName
    }
  }
}
    `),lo=new C(`
    mutation FlagReporterAbuse($id: ID!, $reason: String!) {
  flagReporterAbuse(reportId: $id, reason: $reason) {
    id
    status
  }
}
    `),co=new C(`
    mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
  setReportPriority(reportId: $id, priority: $priority, reason: $reason) {
    id
    priority
  }
}
    `);var fr={"\n  query AbuseFlags($code: String!) {\n    abuseFlags(communeCode: $code, status: OPEN, first: 50) {\n      totalCount\n      nodes { id reason createdAt resident { displayName email } brigade { name } }\n    }\n  }\n":Gt,"\n  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {\n    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }\n  }\n":jt,"\n  query AdminBrigades {\n    brigades { id code name kind phone communes { code } }\n  }\n":Wt,"\n  query AdminCategories {\n    categories { code label urgency order active diversion }\n  }\n":Kt,"\n  query RoutingSetup {\n    communes(participating: true) { code name brigade { name } }\n    categories { code label }\n    brigades { id name }\n  }\n":Zt,"\n  query RoutingRules($c: String!) {\n    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }\n  }\n":Yt,"\n  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {\n    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }\n  }\n":zt,"\n  query Accounts($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }\n    }\n  }\n":Jt,"\n  mutation EnableAccount($id: ID!) {\n    enableAccount(userId: $id) { id }\n  }\n":Xt,'\n  mutation DisableAccount($id: ID!) {\n    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }\n  }\n':en,"\n  query Audit($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at kind targetType targetId actor { displayName } }\n    }\n  }\n":tn,"\n  fragment Me on User {\n    id\n    displayName\n    email\n    role\n    rank\n    commander\n    brigade { id code name departement timeZone }\n    coordinatedCommunes { code name timeZone }\n  }\n":Ht,"\n  mutation ResumeSession {\n    resumeSession { accessToken expiresIn user { ...Me } }\n  }\n":nn,"\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }\n  }\n":on,"\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n":rn,"\n  mutation EndSession {\n    endSession\n  }\n":an,"\n  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {\n    brigadeQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status description createdAt priority overdue assignee { displayName } incident { id reportCount } category { code label urgency } commune { code name } location { latitude longitude } }\n    }\n  }\n":sn,"\n  query BrigadeSetup {\n    categories { code label }\n    me { brigade { communes { code name referent { id } } } }\n    brigadeTo: brigades { id code name }\n  }\n":un,"\n  query QueueOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":dn,"\n  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {\n    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }\n  }\n":ln,"\n  query CommuneBroadcasts($code: String!, $after: String) {\n    broadcasts(communeCode: $code, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title body sender recipients createdAt expiresAt }\n    }\n  }\n":cn,"\n  mutation BroadcastToResidents($input: BroadcastInput!) {\n    broadcastToResidents(input: $input) { id recipients }\n  }\n":mn,"\n  mutation OpenProblemCase($input: ProblemCaseInput!) {\n    openProblemCase(input: $input) { id title }\n  }\n":pn,"\n  query CaseCandidates($case: ID!) {\n    problemCaseCandidates(caseId: $case) { userId organisationId displayName role brigadeName organisation { name kind } }\n  }\n":gn,"\n  mutation AddProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {\n    addProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }\n  }\n":yn,"\n  mutation RemoveProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {\n    removeProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }\n  }\n":bn,"\n  query CaseSuggestions($case: ID!, $from: DateTime!, $to: DateTime!) {\n    problemCaseSuggestions(caseId: $case, from: $from, to: $to) { id status createdAt observedAt category { label } commune { name } }\n  }\n":fn,"\n  mutation LinkReportsToProblemCase($case: ID!, $reports: [ID!]!) {\n    linkReportsToProblemCase(caseId: $case, reportIds: $reports) { id }\n  }\n":$n,"\n  query ProblemCases($after: String) {\n    problemCases(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status communeCodes openedAt }\n    }\n  }\n":Sn,"\n  query ProblemCaseDetail($id: ID!) {\n    problemCase(id: $id) {\n      id title problem status managedByMe openedAt closedAt assessment\n      evaluation { windowDays totalBefore totalAfter afterComplete }\n      members { userId organisationId displayName role brigadeName organisation { name } }\n      reports { categoryCode status communeCode observedOn }\n      actions { id title owner dueOn status outcome }\n      meetings { id heldOn attendees minutes }\n    }\n  }\n":hn,"\n  mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {\n    saveProblemCaseAction(caseId: $case, input: $input) { id }\n  }\n":Cn,"\n  mutation CloseProblemCase($case: ID!, $assessment: String!) {\n    closeProblemCase(caseId: $case, assessment: $assessment) { id status }\n  }\n":Dn,"\n  mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {\n    recordProblemCaseMeeting(caseId: $case, input: $input) { id }\n  }\n":Rn,"\n  subscription CoordinatorFeed {\n    myNotifications { kind }\n  }\n":An,"\n  query CommuneBilan($code: String!, $year: Int!) {\n    communeBilan(communeCode: $code, year: $year) { total threshold csv }\n  }\n":vn,"\n  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {\n    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email phone enrolmentStatus }\n    }\n  }\n":In,"\n  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {\n    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }\n  }\n":_n,"\n  mutation SuspendResident($id: ID!, $reason: String!) {\n    suspendResident(userId: $id, reason: $reason) { id }\n  }\n":En,"\n  mutation ReinstateResident($id: ID!) {\n    reinstateResident(userId: $id) { id }\n  }\n":xn,"\n  query CommuneAlerts($code: String!) {\n    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }\n  }\n":Nn,"\n  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {\n    communeOutlines(codes: [$code]) { code name polygons }\n    communeActivity(communeCode: $code, from: $from, to: $to) {\n      total\n      medianSecondsToAcknowledge\n      byCategory { key count }\n      byStatus { key count }\n      byWeek { key count }\n      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }\n    }\n    categories { code label }\n  }\n":Pn,"\n  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {\n    departementActivity(departement: $departement, from: $from, to: $to) {\n      total\n      communes { code name participating total open }\n      byWeek { key count }\n      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }\n      cells { latitude longitude count }\n    }\n  }\n":Tn,"\n  query DepartementOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":qn,"\n  query DepartementChoices {\n    brigades { departement }\n  }\n":kn,"\n  mutation ConfirmIncident($id: ID!) {\n    confirmIncident(incidentId: $id) { id confirmed }\n  }\n":wn,"\n  mutation SplitReportFromIncident($id: ID!, $reason: String) {\n    splitReportFromIncident(reportId: $id, reason: $reason) { id }\n  }\n":On,"\n  mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {\n    transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) { id status }\n  }\n":Mn,"\n  query AdminCommunes($departement: String!, $participating: Boolean) {\n    communes(departement: $departement, participating: $participating) {\n      code name participating participatingSince brigade { name } referent { displayName }\n    }\n  }\n":Bn,"\n  query ParticipationHistory($code: String!) {\n    participationHistory(communeCode: $code) {\n      joinedOn protocolReference leftOn leavingReference updatedAt recordedBy { displayName }\n    }\n  }\n":Qn,"\n  mutation SetCommuneParticipation($code: String!, $participating: Boolean!, $on: Date!, $reference: String) {\n    setCommuneParticipation(communeCode: $code, participating: $participating, effectiveOn: $on, protocolReference: $reference) {\n      code participating participatingSince\n    }\n  }\n":Vn,"\n  query PartnerOrganisations($departement: String!) {\n    partnerOrganisations(departement: $departement) { id name kind departement }\n  }\n":Fn,"\n  query PartnerAccounts($organisation: ID!) {\n    partnerAccounts(organisationId: $organisation) { id displayName email phone disabledAt }\n  }\n":Ln,"\n  mutation SavePartnerOrganisation($input: PartnerOrganisationInput!) {\n    savePartnerOrganisation(input: $input) { id name kind }\n  }\n":Un,"\n  mutation CreatePartnerAccount($input: PartnerAccountInput!) {\n    createPartnerAccount(input: $input) { user { id displayName email } resetCode { code expiresAt } }\n  }\n":Hn,"\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n":Gn,"\n  mutation ResetPassword($email: String!, $code: String!, $password: String!) {\n    resetPassword(email: $email, code: $code, newPassword: $password)\n  }\n":jn,"\n  query ReportDetail($id: ID!) {\n    report(id: $id) {\n      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue\n      assignee { id displayName }\n      category { code label urgency }\n      commune { code name }\n      brigade { id name }\n      location { latitude longitude }\n      photos { id url }\n      reporter { displayName email phone }\n      duplicateOf { id }\n      events { id kind status publicNote internalNote actorRole at }\n      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }\n      incident { id confirmed reportCount reports { id status observedAt category { label } } }\n    }\n  }\n":Wn,"\n  query SecurityRequests($status: SecurityRequestStatus, $after: String) {\n    securityRequests(filter: { status: $status }, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id communeCode topic subject status updatedAt }\n    }\n  }\n":Kn,"\n  query SecurityRequestThread($id: ID!) {\n    securityRequest(id: $id) { id status messages { authorRole body createdAt } }\n  }\n":Zn,"\n  mutation OpenSecurityRequest($input: SecurityRequestInput!) {\n    openSecurityRequest(input: $input) { id status }\n  }\n":Yn,"\n  mutation ReplyToSecurityRequest($id: ID!, $body: String!) {\n    replyToSecurityRequest(id: $id, body: $body) { id status }\n  }\n":zn,"\n  mutation CloseSecurityRequest($id: ID!) {\n    closeSecurityRequest(id: $id) { id status }\n  }\n":Jn,"\n  mutation SetTotp($code: String) {\n    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }\n  }\n":Xn,"\n  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {\n    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }\n  }\n":eo,"\n  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {\n    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }\n  }\n":to,"\n  mutation MarkDuplicate($id: ID!, $of: ID!) {\n    markDuplicate(reportId: $id, duplicateOf: $of) { id status }\n  }\n":no,"\n  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {\n    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }\n  }\n":oo,"\n  query ReportAlerts($commune: String!) {\n    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }\n  }\n":ro,"\n  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {\n    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }\n  }\n":io,"\n  mutation CloseInterventionAlert($id: ID!, $message: String!) {\n    closeInterventionAlert(id: $id, message: $message) { id closedAt }\n  }\n":ao,"\n  query BrigadeStaff {\n    brigadeStaff { id displayName rank commander }\n  }\n":so,"\n  mutation AssignReport($id: ID!, $user: ID) {\n    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }\n  }\n":uo,"\n  mutation FlagReporterAbuse($id: ID!, $reason: String!) {\n    flagReporterAbuse(reportId: $id, reason: $reason) { id status }\n  }\n":lo,"\n  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {\n    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }\n  }\n":co};function f(t){return fr[t]??{}}var H=class extends Error{constructor(o,r,i=null){super(o);this.code=r;this.field=i}};f(`
  fragment Me on User {
    id
    displayName
    email
    role
    rank
    commander
    brigade { id code name departement timeZone }
    coordinatedCommunes { code name timeZone }
  }
`);var $r=f(`
  mutation ResumeSession {
    resumeSession { accessToken expiresIn user { ...Me } }
  }
`),Sr=f(`
  mutation Login($email: String!, $password: String!, $totpCode: String) {
    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }
  }
`),hr=f(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`),Cr=f(`
  mutation EndSession {
    endSession
  }
`),J=null,qe=0,tt=null,nt=new Set;function mo(t){return nt.add(t),()=>nt.delete(t)}function po(t){return J=t.accessToken,qe=Date.now()+t.expiresIn*1e3,t.user}function go(){J=null,qe=0,nt.forEach(t=>t(null))}async function yo(){return J&&Date.now()>qe-3e4&&await ge(),J}async function pe(t,n){let o={"content-type":"application/json"};J&&(o.authorization=`Bearer ${J}`);let r;try{r=await fetch("/graphql",{method:"POST",headers:o,credentials:"same-origin",body:JSON.stringify({query:t.toString(),variables:n})})}catch{throw new H("Le serveur est injoignable. Vérifiez la connexion puis réessayez.","NETWORK")}try{return await r.json()}catch{throw new H(`Réponse illisible du serveur (HTTP ${r.status}).`,"INTERNAL")}}function Te(t){let n=t?.errors?.[0];return n?new H(n.message??"Erreur",n.extensions?.code??"INTERNAL",n.extensions?.field??null):null}async function $(t,...[n]){J&&Date.now()>qe-3e4&&await ge();let o=n??{},r=await pe(t,o),i=Te(r);if(i?.code==="UNAUTHENTICATED"&&J&&await ge()&&(r=await pe(t,o),i=Te(r)),i)throw i.code==="UNAUTHENTICATED"&&go(),i;if(!r.data)throw new H("Réponse vide du serveur.","INTERNAL");return r.data}function ge(){return tt??=(async()=>{try{let t=await pe($r,{});return Te(t)||!t.data?(J=null,null):po(t.data.resumeSession)}catch{return null}finally{tt=null}})(),tt}async function bo(t,n,o=null){let r=await pe(Sr,{email:t,password:n,totpCode:o}),i=Te(r);if(i)throw i;if(!r.data)throw new H("Réponse vide du serveur.","INTERNAL");return po(r.data.login)}async function ke(t=!1){try{t?await $(hr):await pe(Cr,{})}finally{go()}}var B={SUBMITTED:"Reçu",ACKNOWLEDGED:"Pris en compte",IN_PROGRESS:"Intervention en cours",RESOLVED:"Traité",REJECTED:"Classé sans suite",DUPLICATE:"Doublon",WITHDRAWN:"Retiré"};function fo(t){return Object.hasOwn(B,t)?B[t]:t}var $o=["SUBMITTED","ACKNOWLEDGED","IN_PROGRESS"],So={FILED:"Signalement déposé",STATUS_CHANGED:"Statut modifié",NOTE:"Réponse au signalant",INTERNAL_NOTE:"Note interne",COMMENT:"Précision du signalant",PHOTOS_ADDED:"Photos ajoutées",REROUTED:"Transmis à une autre unité",DUPLICATE_LINKED:"Rattaché comme doublon",WITHDRAWN:"Retiré par le signalant",ASSIGNED:"Attribution",PRIORITY_CHANGED:"Priorité modifiée",ESCALATED:"Délai dépassé, hiérarchie prévenue",INCIDENT_CHANGED:"Regroupement en incident"},W={RESIDENT:"Habitant",COORDINATOR:"Coordinateur communal",BRIGADE_STAFF:"Personnel de brigade",ADMIN:"Administrateur",PARTNER:"Partenaire"},ye={PENDING:"En attente",APPROVED:"Approuvée",REJECTED:"Refusée",SUSPENDED:"Suspendue"},ho={COMMUNE_DEFAULT:"Brigade de la commune",CATEGORY_OVERRIDE:"Règle par catégorie",REROUTED:"Transmis"},X={3:"Immédiate",2:"Élevée",1:"Normale",0:"Faible"},Co=[3,2,1,0],ot=t=>new Intl.DateTimeFormat("fr-FR",{dateStyle:"short",timeStyle:"short",timeZone:t}),rt=ot("Europe/Paris");function Do(t){try{rt=ot(t||"Europe/Paris")}catch{rt=ot("Europe/Paris")}}var Dr=new Intl.DateTimeFormat("fr-FR",{day:"numeric",month:"short",timeZone:"UTC"});function P(t){return rt.format(new Date(t))}function Y(t){return Dr.format(new Date(`${t}T00:00:00Z`))}function Ro(t,n=Date.now()){let o=Math.max(0,Math.round((n-new Date(t).getTime())/6e4));if(o<1)return"à l’instant";if(o<60)return`il y a ${o} min`;let r=Math.round(o/60);return r<48?`il y a ${r} h`:`il y a ${Math.round(r/24)} j`}function we(t){return t==null?"—":t<3600?`${Math.round(t/60)} min`:t<172800?`${(t/3600).toFixed(1).replace(".",",")} h`:`${Math.round(t/86400)} j`}var Rr=0,Ta=Array.isArray;function e(t,n,o,r,i,a){n||(n={});var u,l,d=n;if("ref"in d)for(l in d={},n)l=="ref"?u=n[l]:d[l]=n[l];var s={type:t,props:d,key:o,ref:u,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Rr,__i:-1,__u:0,__source:i,__self:a};if(typeof t=="function"&&(u=t.defaultProps))for(l in u)d[l]===void 0&&(d[l]=u[l]);return k.vnode&&k.vnode(s),s}function Ao(t){let n=new Date(`${t}T00:00:00Z`);return n.setUTCDate(n.getUTCDate()-(n.getUTCDay()+6)%7),n}function Oe(t,n,o){let r=new Map(t.map(u=>[u.key,u.count])),i=[],a=Ao(o);for(let u=Ao(n);u<=a&&i.length<530;u.setUTCDate(u.getUTCDate()+7)){let l=u.toISOString().slice(0,10);i.push({key:l,count:r.get(l)??0})}return i.length?i:t}function Me({weeks:t}){if(t.every(a=>a.count===0))return e("p",{class:"muted",children:"Aucun signalement sur la période."});let n=Math.max(...t.map(a=>a.count)),o=180,r=Math.min(48,640/t.length),i=r*t.length;return e("figure",{class:"chart","data-testid":"weekly-chart",children:[e("svg",{viewBox:`0 0 ${i} ${o+24}`,role:"img","aria-labelledby":"weekly-caption",children:t.map((a,u)=>{let l=n?Math.max(2,a.count/n*o):0;return e("g",{children:[e("rect",{x:u*r+2,y:o-l,width:Math.max(2,r-4),height:l,class:"bar",children:e("title",{children:`Semaine du ${Y(a.key)} : ${a.count}`})}),(t.length<=12||u%Math.ceil(t.length/12)===0)&&e("text",{x:u*r+r/2,y:o+16,class:"axis",children:Y(a.key)})]},a.key)})}),e("figcaption",{id:"weekly-caption",children:"Signalements par semaine (semaines commençant le lundi)."}),e("table",{class:"visually-hidden",children:[e("caption",{children:"Signalements par semaine"}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:"Semaine du"}),e("th",{scope:"col",children:"Signalements"})]})}),e("tbody",{children:t.map(a=>e("tr",{children:[e("td",{children:Y(a.key)}),e("td",{children:a.count})]},a.key))})]})]})}var Ar=0;function it(t){let[n]=m(()=>`${t}-${++Ar}`);return n}function I({kind:t,children:n}){return e("p",{class:`notice notice-${t}`,role:t==="error"?"alert":"status",children:n})}function N(t){return t instanceof H?t.message:"Une erreur inattendue est survenue."}function E(t){let[n,o]=m(!1),[r,i]=m(null),[a,u]=m(null);return{run:Pe(async(...s)=>{o(!0),i(null),u(null);try{let y=await t(...s);y&&u(y)}catch(y){i(N(y))}finally{o(!1)}},[t]),busy:n,feedback:e(T,{children:[r&&e(I,{kind:"error",children:r}),a&&e(I,{kind:"success",children:a})]})}}function A(t){let n=it("field"),o=t.hint?`${n}-hint`:void 0,r={id:n,value:t.value,required:t.required,"aria-describedby":o,onInput:i=>t.onInput(i.target.value)};return e("div",{class:"field",children:[e("label",{for:n,children:[t.label,t.required&&e("span",{"aria-hidden":"true",children:" *"})]}),t.hint&&e("span",{class:"hint",id:o,children:t.hint}),t.multiline?e("textarea",{rows:3,...r}):e("input",{type:t.type??"text",autocomplete:t.autocomplete,...r})]})}function x(t){let n=it("select");return e("div",{class:"field",children:[e("label",{for:n,children:t.label}),e("select",{id:n,value:t.value,onChange:o=>t.onChange(o.target.value),children:t.options.map(([o,r])=>e("option",{value:o,children:r},o))})]})}function q({title:t,children:n,id:o}){let r=it("section");return e("section",{class:"panel","aria-labelledby":r,id:o,children:[e("h2",{id:r,children:t}),n]})}var vr=f(`
  query DepartementChoices {
    brigades { departement }
  }
`);function re(){let[t,n]=m([]),[o,r]=m(""),[i,a]=m(null);return _(()=>{$(vr).then(u=>{let l=[...new Set(u.brigades.map(d=>d.departement))].sort();n(l),r(d=>d||l[0]||"")}).catch(u=>a(N(u)))},[]),{departements:t,departement:o,setDepartement:r,error:i}}var Be=1e3,at=680;function st(t,n){let o=Math.sin(n*Math.PI/180),r=.5-Math.log((1+o)/(1-o))/(4*Math.PI);return[(t+180)/360,r]}function Ir(){let n=document.querySelector('meta[name="vigie-map-tiles"]')?.getAttribute("content")?.trim();return n||null}function ie(t){let{outlines:n,points:o}=t,r=j(()=>{let[d,s,y,b]=[1/0,1/0,-1/0,-1/0],c=([D,h])=>{d=Math.min(d,D),y=Math.max(y,D),s=Math.min(s,h),b=Math.max(b,h)};if(n.forEach(D=>D.polygons.forEach(h=>h[0]?.forEach(([R,v])=>c(st(R,v))))),o.forEach(D=>c(st(D.longitude,D.latitude))),!Number.isFinite(d))return null;let g=Math.max(y-d,b-s)*.04||5e-4;d-=g,s-=g,y+=g,b+=g;let p=Math.min(Be/(y-d),at/(b-s));return d-=(Be/p-(y-d))/2,s-=(at/p-(b-s))/2,{minX:d,minY:s,scale:p,height:at}},[n,o]);if(!r)return e("p",{class:"muted",children:"Aucune commune à afficher."});let i=(d,s)=>{let[y,b]=st(d,s);return[(y-r.minX)*r.scale,(b-r.minY)*r.scale]},a=d=>d.map(s=>s.map(y=>y.map(([b,c],g)=>`${g?"L":"M"}${i(b,c).map(p=>p.toFixed(1)).join(" ")}`).join("")+"Z").join("")).join(""),u=_r(r),l=n.map(d=>{let s=d.polygons[0]?.[0]??[],y=s.reduce((b,[c,g])=>[b[0]+c,b[1]+g],[0,0]);return{outline:d,centre:s.length?i(y[0]/s.length,y[1]/s.length):null}});return e("figure",{class:"map",children:[e("svg",{viewBox:`0 0 ${Be} ${r.height}`,role:"group","aria-label":t.title,children:[u.map(d=>e("image",{href:d.href,x:d.x,y:d.y,width:d.size,height:d.size},d.href)),l.map(({outline:d})=>e("path",{class:"commune",d:a(d.polygons),"fill-rule":"evenodd",children:e("title",{children:d.name})},d.code)),l.map(({outline:d,centre:s})=>s?e("text",{x:s[0],y:s[1],class:"commune-name","aria-hidden":"true",children:d.name},d.code):null),o.map(d=>{let[s,y]=i(d.longitude,d.latitude),b=()=>t.onSelect?.(d.id),c=t.onSelect?{tabIndex:0,role:"button",onClick:b,onKeyDown:p=>{(p.key==="Enter"||p.key===" ")&&(p.preventDefault(),b())}}:{role:"img"},g=t.grid?16+Math.min(24,d.weight*4):0;return e("g",{class:`marker urgency-${t.grid?"grid":d.weight}${d.selected?" selected":""}`,"aria-label":d.label,"data-report":d.id,...c,children:[t.grid?e("rect",{x:s-g/2,y:y-g/2,width:g,height:g}):e("circle",{cx:s,cy:y,r:d.selected?17:13}),e("title",{children:d.label})]},d.id)})]}),e("figcaption",{children:[t.title," — contours des communes : IGN (Admin Express), servis par Vigie."]})]})}function _r(t){let n=Ir();if(!n)return[];let o=Math.max(0,Math.min(18,Math.round(Math.log2(t.scale/256)))),r=2**o,i=t.scale/r,a=t.minX+Be/t.scale,u=t.minY+t.height/t.scale,l=[];for(let d=Math.floor(t.minX*r);d<=Math.floor(a*r);d++)for(let s=Math.floor(t.minY*r);s<=Math.floor(u*r);s++){let y=n.replace("{z}",String(o)).replace("{x}",String(d)).replace("{y}",String(s));l.push({href:y,x:(d/r-t.minX)*t.scale,y:(s/r-t.minY)*t.scale,size:i})}return l.slice(0,64)}var Er=f(`
  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {
    departementActivity(departement: $departement, from: $from, to: $to) {
      total
      communes { code name participating total open }
      byWeek { key count }
      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }
      cells { latitude longitude count }
    }
  }
`),xr=f(`
  query DepartementOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),vo=t=>t.toISOString().slice(0,10);function Io(){let{departements:t,departement:n,setDepartement:o,error:r}=re(),[i,a]=m(vo(new Date(Date.now()-90*864e5))),[u,l]=m(vo(new Date)),[d,s]=m(null),[y,b]=m([]),[c,g]=m(null);_(()=>{if(!n||!i||!u)return;let R=!0;return $(Er,{departement:n,from:i,to:u}).then(async v=>{if(!R)return;s(v.departementActivity),g(null);let w=v.departementActivity.communes.slice(0,100).map(V=>V.code),Q=await $(xr,{codes:w});R&&b(Q.communeOutlines)}).catch(v=>R&&g(N(v))),()=>{R=!1}},[n,i,u]);let p=j(()=>(d?.cells??[]).map(R=>({id:`${R.latitude},${R.longitude}`,latitude:R.latitude,longitude:R.longitude,weight:R.count,label:`${R.count} signalement${R.count>1?"s":""} dans ce carré d’environ 200 m`})),[d]),D=j(()=>[...d?.communes??[]].filter(R=>R.total>0).sort((R,v)=>v.total-R.total),[d]),h=(d?.communes.length??0)-D.length;return e(q,{title:"Le département d’un coup d’œil",id:"departement",children:[e("form",{class:"filters",onSubmit:R=>R.preventDefault(),"aria-label":"Département et période",children:[e(x,{label:"Département",value:n,onChange:o,options:t.map(R=>[R,R])}),e(A,{label:"Du",type:"date",value:i,onInput:a}),e(A,{label:"Au",type:"date",value:u,onInput:l})]}),(r??c)&&e(I,{kind:"error",children:r??c}),d&&e("div",{class:"columns",children:[e("div",{children:[e("p",{class:"figures",children:e("span",{children:[e("strong",{"data-testid":"departement-total",children:d.total})," signalements sur la période"]})}),e(Me,{weeks:Oe(d.byWeek,i,u)}),e("table",{class:"counts",children:[e("caption",{children:"Brigades : délais de prise en compte"}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:"Brigade"}),e("th",{scope:"col",children:"Reçus"}),e("th",{scope:"col",children:"Délai médian"}),e("th",{scope:"col",children:"En retard"})]})}),e("tbody",{children:d.brigades.map(R=>e("tr",{children:[e("th",{scope:"row",children:R.brigade.name}),e("td",{children:R.total}),e("td",{children:we(R.medianSecondsToAcknowledge??null)}),e("td",{children:[R.overdue,R.overdueShare!=null&&` (${Math.round(R.overdueShare*100)} %)`]})]},R.brigade.code))})]}),e("table",{class:"counts",children:[e("caption",{children:["Communes (",d.communes.length,", dont ",h," sans signalement sur la période)"]}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:"Commune"}),e("th",{scope:"col",children:"Signalements"}),e("th",{scope:"col",children:"En cours"}),e("th",{scope:"col",children:"Participation citoyenne"})]})}),e("tbody",{children:D.map(R=>e("tr",{children:[e("th",{scope:"row",children:R.name}),e("td",{children:R.total}),e("td",{children:R.open}),e("td",{children:R.participating?"Oui":"Non"})]},R.code))})]})]}),e(ie,{title:"Signalements de la période, par carré d’environ 200 m",outlines:y,points:p,grid:!0})]})]})}var Nr=f(`
  query AdminCommunes($departement: String!, $participating: Boolean) {
    communes(departement: $departement, participating: $participating) {
      code name participating participatingSince brigade { name } referent { displayName }
    }
  }
`),Pr=f(`
  query ParticipationHistory($code: String!) {
    participationHistory(communeCode: $code) {
      joinedOn protocolReference leftOn leavingReference updatedAt recordedBy { displayName }
    }
  }
`),Tr=f(`
  mutation SetCommuneParticipation($code: String!, $participating: Boolean!, $on: Date!, $reference: String) {
    setCommuneParticipation(communeCode: $code, participating: $participating, effectiveOn: $on, protocolReference: $reference) {
      code participating participatingSince
    }
  }
`),qr=[["all","Toutes"],["in","Dans le dispositif"],["out","Hors du dispositif"]],kr=()=>new Date().toISOString().slice(0,10);function _o(){let{departements:t,departement:n,setDepartement:o,error:r}=re(),[i,a]=m("in"),[u,l]=m([]),[d,s]=m(null),[y,b]=m(null),[c,g]=m(0);return _(()=>{if(!n)return;$(Nr,{departement:n,participating:i==="all"?null:i==="in"}).then(D=>(l(D.communes),b(null))).catch(D=>b(N(D)))},[n,i,c]),e(q,{title:"Communes et participation citoyenne",id:"participation",children:[e("form",{class:"filters",onSubmit:p=>p.preventDefault(),children:[e(x,{label:"Département",value:n,onChange:o,options:t.map(p=>[p,p])}),e(x,{label:"Communes affichées",value:i,onChange:p=>(a(p),s(null)),options:qr})]}),(r??y)&&e(I,{kind:"error",children:r??y}),d&&e(wr,{commune:d,onChanged:p=>{s({...d,...p}),g(D=>D+1)}},d.code),e("p",{class:"count",children:[u.length," communes"]}),e("table",{children:[e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:"Code INSEE"}),e("th",{scope:"col",children:"Nom"}),e("th",{scope:"col",children:"Participation"}),e("th",{scope:"col",children:"Brigade"}),e("th",{scope:"col",children:"Référent"}),e("th",{scope:"col",children:"Protocole"})]})}),e("tbody",{children:u.map(p=>e("tr",{"data-commune":p.code,children:[e("td",{children:p.code}),e("td",{children:p.name}),e("td",{children:p.participating?p.participatingSince?`Depuis le ${Y(p.participatingSince)}`:"Oui":"Non"}),e("td",{children:p.brigade?.name??"—"}),e("td",{children:p.referent?.displayName??"—"}),e("td",{children:e("button",{type:"button",class:"small","aria-expanded":d?.code===p.code,onClick:()=>s(d?.code===p.code?null:p),children:["Protocoles de ",p.name]})})]},p.code))})]})]})}function wr({commune:t,onChanged:n}){let[o,r]=m([]),[i,a]=m(null),[u,l]=m(0),[d,s]=m(kr()),[y,b]=m("");_(()=>{$(Pr,{code:t.code}).then(p=>(r(p.participationHistory),a(null))).catch(p=>a(N(p)))},[t.code,u]);let c=!t.participating,g=E(async()=>{let p=await $(Tr,{code:t.code,participating:c,on:d,reference:y.trim()||null});return b(""),l(D=>D+1),n(p.setCommuneParticipation),c?`${t.name} participe au dispositif depuis le ${Y(d)}.`:`${t.name} quitte le dispositif le ${Y(d)}.`});return e("div",{class:"case","data-testid":"participation-detail",children:[e("h3",{children:["Historique de ",t.name]}),i&&e(I,{kind:"error",children:i}),o.length===0?e("p",{children:"Aucune période enregistrée."}):e("ul",{"data-testid":"participation-periods",children:o.map((p,D)=>e("li",{children:["Adhésion ",p.joinedOn?`le ${Y(p.joinedOn)}`:"à une date inconnue",p.protocolReference&&` (protocole ${p.protocolReference})`,p.leftOn?`, sortie le ${Y(p.leftOn)}`:", en cours",p.leavingReference&&` (${p.leavingReference})`,e("span",{class:"muted",children:[" ","— enregistré le ",P(p.updatedAt),p.recordedBy&&` par ${p.recordedBy.displayName}`]})]},D))}),e("form",{"aria-label":c?"Adhésion au dispositif":"Sortie du dispositif",onSubmit:p=>{p.preventDefault(),g.run()},children:[e("h3",{children:c?"Adhésion au dispositif":"Sortie du dispositif"}),e("p",{class:"hint",children:c?"Le protocole est signé par le préfet, le maire et la gendarmerie ou la police. Les habitants pourront s’inscrire et signaler dès la date d’effet.":"Dès la date d’effet, la commune ne reçoit plus de nouveaux signalements ni d’inscriptions ; les signalements en cours vont à leur terme."}),e(A,{label:"Date d’effet (AAAA-MM-JJ)",value:d,onInput:s,required:!0}),e(A,{label:c?"Référence du protocole signé":"Référence de l’acte de sortie",value:y,onInput:b}),e("button",{type:"submit",class:"primary",disabled:g.busy||!d.trim(),children:c?`Enregistrer l’adhésion de ${t.name}`:`Enregistrer la sortie de ${t.name}`}),g.feedback]})]})}var Or=f(`
  query PartnerOrganisations($departement: String!) {
    partnerOrganisations(departement: $departement) { id name kind departement }
  }
`),Mr=f(`
  query PartnerAccounts($organisation: ID!) {
    partnerAccounts(organisationId: $organisation) { id displayName email phone disabledAt }
  }
`),Br=f(`
  mutation SavePartnerOrganisation($input: PartnerOrganisationInput!) {
    savePartnerOrganisation(input: $input) { id name kind }
  }
`),Qr=f(`
  mutation CreatePartnerAccount($input: PartnerAccountInput!) {
    createPartnerAccount(input: $input) { user { id displayName email } resetCode { code expiresAt } }
  }
`),Qe={SOCIAL_LANDLORD:"Bailleur social",TRANSPORT_OPERATOR:"Transporteur",SCHOOL:"Établissement scolaire",ASSOCIATION:"Association",MUNICIPAL_SERVICE:"Service municipal",OTHER:"Autre partenaire"};function Eo(){let{departements:t,departement:n,setDepartement:o,error:r}=re();return e(T,{children:[r&&e(I,{kind:"error",children:r}),t.length>1&&e("form",{class:"filters",onSubmit:i=>i.preventDefault(),children:e(x,{label:"Département",value:n,onChange:o,options:t.map(i=>[i,i])})}),n&&e(ut,{departement:n},n)]})}function ut({departement:t}){let[n,o]=m([]),[r,i]=m(null),[a,u]=m(null),[l,d]=m(0);return _(()=>{$(Or,{departement:t}).then(s=>(o(s.partnerOrganisations),i(null))).catch(s=>i(N(s)))},[t,l]),e(q,{title:`Organisations partenaires (${t})`,id:"partenaires",children:[r&&e(I,{kind:"error",children:r}),n.length===0&&!r&&e("p",{children:"Aucune organisation partenaire pour l’instant."}),e("ul",{class:"plain",children:n.map(s=>e("li",{"data-organisation":s.name,children:[e("button",{type:"button",class:"link","aria-expanded":a===s.id,onClick:()=>u(a===s.id?null:s.id),children:s.name})," ",e("span",{class:"muted",children:["— ",Qe[s.kind]]}),a===s.id&&e(Fr,{organisation:s})]},s.id))}),e(Vr,{departement:t,onSaved:()=>d(s=>s+1)})]})}function Vr({departement:t,onSaved:n}){let[o,r]=m(""),[i,a]=m("SOCIAL_LANDLORD"),u=E(async()=>{let l=await $(Br,{input:{name:o,kind:i,departement:t}});return r(""),n(),`Organisation « ${l.savePartnerOrganisation.name} » enregistrée.`});return e("form",{"aria-label":"Nouvelle organisation partenaire",onSubmit:l=>{l.preventDefault(),u.run()},children:[e("h3",{children:"Nouvelle organisation partenaire"}),e(A,{label:"Nom de l’organisation",value:o,onInput:r,required:!0}),e(x,{label:"Type de partenaire",value:i,onChange:l=>a(l),options:Object.entries(Qe)}),e("button",{type:"submit",disabled:u.busy||!o.trim(),children:"Enregistrer l’organisation"}),u.feedback]})}function Fr({organisation:t}){let[n,o]=m([]),[r,i]=m(null),[a,u]=m(0),[l,d]=m(""),[s,y]=m(""),[b,c]=m(""),[g,p]=m(null);_(()=>{$(Mr,{organisation:t.id}).then(h=>(o(h.partnerAccounts),i(null))).catch(h=>i(N(h)))},[t.id,a]);let D=E(async()=>{let h=await $(Qr,{input:{email:l.trim(),displayName:s,phone:b.trim()||null,organisationId:t.id}}),{user:R,resetCode:v}=h.createPartnerAccount;p({who:R.displayName,code:v.code,until:v.expiresAt}),d(""),y(""),c(""),u(w=>w+1)});return e("div",{class:"case",children:[e("h3",{children:["Comptes de ",t.name]}),r&&e(I,{kind:"error",children:r}),n.length===0?e("p",{children:"Aucun compte."}):e("ul",{"data-testid":"partner-accounts",children:n.map(h=>e("li",{children:[h.displayName," — ",h.email,h.phone&&`, ${h.phone}`,h.disabledAt&&e("span",{class:"muted",children:[" (désactivé le ",P(h.disabledAt),")"]})]},h.id))}),g&&e(I,{kind:"success",children:["Compte créé pour ",g.who,". Code à usage unique à lui remettre par un canal sûr : ",e("strong",{"data-testid":"partner-code",children:g.code})," (valable jusqu’au ",P(g.until),"). Avec ce code, il choisit son mot de passe."]}),e("form",{"aria-label":`Nouveau compte de ${t.name}`,onSubmit:h=>{h.preventDefault(),D.run()},children:[e("h3",{children:"Nouveau compte"}),e(A,{label:"Adresse électronique du partenaire",type:"email",value:l,onInput:d,required:!0}),e(A,{label:"Nom affiché aux membres des dossiers",value:s,onInput:y,required:!0}),e(A,{label:"Téléphone mobile (+33…)",type:"tel",value:b,onInput:c}),e("button",{type:"submit",disabled:D.busy||!l.trim()||!s.trim(),children:"Créer le compte"}),D.feedback]})]})}function K(t,n,o,r){let[i,a]=m([]),[u,l]=m(null),[d,s]=m(null),[y,b]=m(!1),[c,g]=m(null),[p,D]=m(!1),[h,R]=m(0),v=async(Q,V)=>{D(!0);try{let F=await $(t,{...o,after:Q}),G=n(F);a(L=>V?[...L,...G.nodes]:G.nodes),l(G.totalCount),s(G.pageInfo.endCursor),b(G.pageInfo.hasNextPage),g(null)}catch(F){g(N(F))}finally{D(!1)}};_(()=>{v(null,!1)},[...r,h]);let w=y?e("button",{type:"button",disabled:p,onClick:()=>void v(d,!0),children:["Afficher plus (",i.length," sur ",u,")"]}):null;return{nodes:i,total:u,error:c,more:w,reload:()=>R(Q=>Q+1)}}var be=[["communes","Communes"],["departement","Département"],["brigades","Brigades"],["categories","Catégories"],["routing","Acheminement"],["partners","Partenaires"],["accounts","Comptes"],["audit","Journal"]];function xo({me:t}){let[n,o]=m("communes");return e("div",{class:"admin",children:[e("div",{role:"tablist","aria-label":"Administration",class:"tabs",children:be.map(([r,i])=>e("button",{type:"button",role:"tab",id:`tab-${r}`,"aria-selected":n===r,"aria-controls":"admin-panel",tabIndex:n===r?0:-1,onClick:()=>o(r),onKeyDown:a=>{let u=be.findIndex(([d])=>d===n),l=a.key==="ArrowRight"?1:a.key==="ArrowLeft"?-1:0;if(l){let d=be[(u+l+be.length)%be.length][0];o(d),document.getElementById(`tab-${d}`)?.focus()}},children:i},r))}),e("div",{role:"tabpanel",id:"admin-panel","aria-labelledby":`tab-${n}`,children:[n==="departement"&&e(Io,{}),n==="communes"&&e(_o,{}),n==="brigades"&&e(zr,{}),n==="categories"&&e(Jr,{}),n==="routing"&&e(Xr,{}),n==="partners"&&e(Eo,{}),n==="accounts"&&e(ei,{me:t}),n==="audit"&&e(ni,{})]})]})}function Ve(t,n,o,...r){let[i,a]=m(null),[u,l]=m(null),[d,s]=m(0);return _(()=>{o||$(t,...r).then(y=>(a(y),l(null))).catch(y=>l(N(y)))},[...n,o,d]),{data:i,error:u&&e(I,{kind:"error",children:u}),reload:()=>s(y=>y+1)}}function fe({rows:t,columns:n,rowKey:o}){return e("table",{children:[e("thead",{children:e("tr",{children:n.map(([r])=>e("th",{scope:"col",children:r},r))})}),e("tbody",{children:t.map(r=>e("tr",{children:n.map(([i,a])=>e("td",{children:a(r)},i))},o(r)))})]})}var Lr=f(`
  query AdminBrigades {
    brigades { id code name kind phone communes { code } }
  }
`),Ur=f(`
  query AdminCategories {
    categories { code label urgency order active diversion }
  }
`),Hr=f(`
  query RoutingSetup {
    communes(participating: true) { code name brigade { name } }
    categories { code label }
    brigades { id name }
  }
`),Gr=f(`
  query RoutingRules($c: String!) {
    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }
  }
`),jr=f(`
  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }
  }
`),Wr=f(`
  query Accounts($filter: UserFilter, $after: String) {
    users(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }
    }
  }
`),Kr=f(`
  mutation EnableAccount($id: ID!) {
    enableAccount(userId: $id) { id }
  }
`),Zr=f(`
  mutation DisableAccount($id: ID!) {
    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }
  }
`),Yr=f(`
  query Audit($after: String) {
    auditEvents(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at kind targetType targetId actor { displayName } }
    }
  }
`);function zr(){let{data:t,error:n}=Ve(Lr,[],!1);return e(q,{title:"Brigades",children:[n,e(fe,{rows:t?.brigades??[],rowKey:o=>o.id,columns:[["Code",o=>o.code],["Nom",o=>o.name],["Téléphone",o=>o.phone??"—"],["Communes couvertes",o=>o.communes.length]]})]})}function Jr(){let{data:t,error:n}=Ve(Ur,[],!1);return e(q,{title:"Catégories de signalement",children:[n,e(fe,{rows:t?.categories??[],rowKey:o=>o.code,columns:[["Code",o=>o.code],["Libellé",o=>o.label],["Urgence",o=>X[o.urgency]],["Réorientation d’urgence",o=>o.diversion??"—"]]})]})}function Xr(){let t=Ve(Hr,[],!1),n=t.data?.communes??[],[o,r]=m(""),i=o||n[0]?.code||"",a=Ve(Gr,[i],!i,{c:i}),[u,l]=m(""),[d,s]=m(""),y=E(async(p,D)=>(await $(jr,{c:i,k:p,b:D}),a.reload(),D?"Règle enregistrée.":"Règle retirée.")),b=t.data?.categories??[],c=t.data?.brigades??[],g=n.find(p=>p.code===i)?.brigade?.name??"—";return e(q,{title:"Règles d’acheminement",children:[t.error,e("form",{class:"filters",onSubmit:p=>p.preventDefault(),children:e(x,{label:"Commune",value:i,onChange:r,options:n.map(p=>[p.code,p.name])})}),e("p",{children:["Par défaut, les signalements vont à : ",e("strong",{children:g}),"."]}),a.error,e(fe,{rows:(a.data?.categoryOverrides??[]).flatMap(p=>p.category?[{...p,category:p.category}]:[]),rowKey:p=>p.category.code,columns:[["Catégorie",p=>p.category.label],["Acheminée vers",p=>p.brigade?.name??"—"],["Action",p=>e("button",{type:"button",class:"small",disabled:y.busy,onClick:()=>void y.run(p.category.code,null),children:["Retirer la règle « ",p.category.label," »"]})]]}),e("h3",{children:"Nouvelle règle"}),e("form",{class:"filters","aria-label":"Nouvelle règle",onSubmit:p=>{p.preventDefault(),y.run(u||b[0]?.code,d||c[0]?.id)},children:[e(x,{label:"Catégorie",value:u||b[0]?.code||"",onChange:l,options:b.map(p=>[p.code,p.label])}),e(x,{label:"Brigade destinataire",value:d||c[0]?.id||"",onChange:s,options:c.map(p=>[p.id,p.name])}),e("div",{class:"field",children:[e("span",{"aria-hidden":"true",children:" "}),e("button",{type:"submit",class:"primary",disabled:y.busy||!i,children:"Enregistrer la règle"})]})]}),y.feedback]})}function ei({me:t}){let[n,o]=m(""),r=K(Wr,a=>a.users,{filter:n.trim()?{search:n.trim()}:null},[n]),i=a=>a.disabledAt?`Désactivé le ${P(a.disabledAt)}`:a.enrolmentStatus?`Inscription ${ye[a.enrolmentStatus].toLowerCase()}`:"Actif";return e(q,{title:"Comptes",children:[e("form",{class:"filters",role:"search",onSubmit:a=>a.preventDefault(),children:e(A,{label:"Rechercher (nom ou adresse)",value:n,onInput:o,type:"search"})}),r.error&&e(I,{kind:"error",children:r.error}),r.total!==null&&e("p",{class:"count",children:[r.total," comptes"]}),e(fe,{rows:r.nodes,rowKey:a=>a.id,columns:[["Nom",a=>a.displayName],["Adresse",a=>a.email],["Rôle",a=>W[a.role]],["Rattachement",a=>a.brigade?.name??a.commune?.name??(a.coordinatedCommunes.map(u=>u.name).join(", ")||"—")],["État",i],["Action",a=>a.role==="RESIDENT"||a.id===t.id?"—":e(ti,{user:a,onChanged:r.reload})]]}),r.more]})}function ti({user:t,onChanged:n}){let{run:o,busy:r,feedback:i}=E(async()=>{t.disabledAt?await $(Kr,{id:t.id}):await $(Zr,{id:t.id}),n()}),a=t.disabledAt?"Réactiver":"Désactiver";return e(T,{children:[e("button",{type:"button",class:"small",disabled:r,onClick:()=>void o(),"aria-label":`${a} ${t.displayName}`,children:a}),i]})}function ni(){let t=K(Yr,n=>n.auditEvents,{},[]);return e(q,{title:"Journal d’audit",children:[t.error&&e(I,{kind:"error",children:t.error}),e(fe,{rows:t.nodes,rowKey:n=>n.id,columns:[["Date",n=>P(n.at)],["Action",n=>e("code",{children:n.kind})],["Par",n=>n.actor?.displayName??"Système"],["Cible",n=>n.targetType?`${n.targetType} ${n.targetId??""}`:"—"]]}),t.more]})}function Fe({document:t,variables:n,onData:o,onState:r}){let i=null,a=!1,u=0,l,d=async()=>{if(a)return;let s=await yo();if(a)return;let y=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/graphql/ws`,b=new WebSocket(y,"graphql-transport-ws");i=b,b.onopen=()=>b.send(JSON.stringify({type:"connection_init",payload:s?{authorization:`Bearer ${s}`}:{}})),b.onmessage=c=>{let g;try{g=JSON.parse(String(c.data))}catch{return}switch(g.type){case"connection_ack":u=0,r?.(!0),b.send(JSON.stringify({id:"1",type:"subscribe",payload:{query:t.toString(),variables:n()}}));break;case"ping":b.send(JSON.stringify({type:"pong"}));break;case"next":g.payload?.data&&o(g.payload.data);break;case"error":case"complete":b.close(1e3);break}},b.onclose=()=>{r?.(!1),!a&&(u+=1,l=window.setTimeout(d,Math.min(3e4,500*2**u)))}};return d(),{close(){a=!0,window.clearTimeout(l),i?.close(1e3)}}}var oi=f(`
  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }
  }
`),ri=f(`
  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }
  }
`),ii=f(`
  mutation MarkDuplicate($id: ID!, $of: ID!) {
    markDuplicate(reportId: $id, duplicateOf: $of) { id status }
  }
`),ai=f(`
  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }
  }
`),si=f(`
  query ReportAlerts($commune: String!) {
    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }
  }
`),ui=f(`
  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }
  }
`),di=f(`
  mutation CloseInterventionAlert($id: ID!, $message: String!) {
    closeInterventionAlert(id: $id, message: $message) { id closedAt }
  }
`),li={SUBMITTED:[["ACKNOWLEDGED","Prendre en compte"],["REJECTED","Classer sans suite"]],ACKNOWLEDGED:[["IN_PROGRESS","Démarrer l’intervention"],["REJECTED","Classer sans suite"]],IN_PROGRESS:[["RESOLVED","Marquer traité"],["REJECTED","Classer sans suite"]],RESOLVED:[["ACKNOWLEDGED","Rouvrir"]],REJECTED:[["ACKNOWLEDGED","Rouvrir"]]};function No({report:t,onChanged:n}){let o=li[t.status]??[],[r,i]=m(o[0]?.[0]??null),[a,u]=m(""),[l,d]=m("");_(()=>i(o[0]?.[0]??null),[t.status]);let{run:s,busy:y,feedback:b}=E(async c=>{let g={publicNote:a.trim()||null,internalNote:l.trim()||null};return c&&r?await $(oi,{id:t.id,to:r,...g}):await $(ri,{id:t.id,...g}),u(""),d(""),n(),c?"Statut mis à jour.":"Note enregistrée."});return e("form",{class:"action","aria-labelledby":"triage-title",onSubmit:c=>{c.preventDefault(),s(!0)},children:[e("h3",{id:"triage-title",children:"Traiter"}),o.length>0&&e(x,{label:"Nouveau statut",value:r??"",onChange:c=>i(c),options:o}),e(A,{label:"Réponse au signalant (visible par lui)",value:a,onInput:u,multiline:!0}),e(A,{label:"Note interne (brigade seulement)",value:l,onInput:d,multiline:!0}),e("div",{class:"buttons",children:[o.length>0&&e("button",{type:"submit",class:"primary",disabled:y,children:"Appliquer"}),e("button",{type:"button",disabled:y||!a.trim()&&!l.trim(),onClick:()=>void s(!1),children:"Ajouter la note seulement"})]}),b]})}function Po({report:t,onChanged:n}){let o=t.possibleDuplicates.flatMap(({reportId:u,distanceMeters:l,observedAt:d,status:s})=>u&&l!=null&&d?[{reportId:u,distanceMeters:l,observedAt:d,status:s}]:[]),{run:r,busy:i,feedback:a}=E(async u=>(await $(ii,{id:t.id,of:u}),n(),"Signalement rattaché comme doublon."));return e("div",{class:"action",children:[e("h3",{children:"Doublons possibles"}),o.length===0?e("p",{class:"muted",children:"Aucun signalement ouvert de même catégorie à moins de 250 m dans les 48 h."}):e("ul",{class:"plain",children:o.map(u=>e("li",{children:["À ",Math.round(u.distanceMeters)," m, observé le ",P(u.observedAt)," (",B[u.status],")"," ",e("button",{type:"button",disabled:i,onClick:()=>void r(u.reportId),"aria-label":`Classer ce signalement comme doublon de celui observé à ${Math.round(u.distanceMeters)} m le ${P(u.observedAt)}`,children:"Classer comme doublon de celui-ci"})]},u.reportId))}),a]})}function To({report:t,brigades:n,onChanged:o}){let[r,i]=m(n[0]?.id??""),[a,u]=m("");_(()=>i(y=>y||n[0]?.id||""),[n]);let{run:l,busy:d,feedback:s}=E(async()=>(await $(ai,{id:t.id,to:r,reason:a}),o(),"Signalement transmis."));return e("form",{class:"action","aria-labelledby":"reroute-title",onSubmit:y=>{y.preventDefault(),l()},children:[e("h3",{id:"reroute-title",children:"Transmettre à une autre unité"}),e(x,{label:"Unité destinataire",value:r,onChange:i,options:n.map(y=>[y.id,y.name])}),e(A,{label:"Motif",value:a,onInput:u,required:!0}),e("button",{type:"submit",disabled:d||!r,children:"Transmettre"}),s]})}function qo({report:t}){let[n,o]=m(""),[r,i]=m([]),[a,u]=m(0);_(()=>{$(si,{commune:t.commune.code}).then(y=>i(y.interventionAlerts.nodes.filter(b=>b.reportId===t.id))).catch(()=>i([]))},[t.id,a]);let{run:l,busy:d,feedback:s}=E(async()=>{let y=await $(ui,{commune:t.commune.code,message:n,report:t.id});return o(""),u(b=>b+1),`Alerte envoyée à ${y.sendInterventionAlert.recipients} élu(s).`});return e("div",{class:"action",children:[e("form",{"aria-labelledby":"alert-title",onSubmit:y=>{y.preventDefault(),l()},children:[e("h3",{id:"alert-title",children:["Alerter les élus de ",t.commune.name]}),e(A,{label:"Message d’intervention (SMS, sans nom ni adresse)",value:n,onInput:o,required:!0,multiline:!0}),e("button",{type:"submit",disabled:d||!n.trim(),children:"Envoyer l’alerte"}),s]}),r.length>0&&e("ul",{class:"plain alerts",children:r.map(y=>e(ci,{alert:y,onClosed:()=>u(b=>b+1)},y.id))})]})}function ci({alert:t,onClosed:n}){let[o,r]=m(""),{run:i,busy:a,feedback:u}=E(async()=>(await $(di,{id:t.id,message:o}),n(),"Fin d’intervention envoyée."));return e("li",{children:[e("time",{dateTime:t.createdAt,children:P(t.createdAt)})," — ",t.message,t.closedAt?e("p",{class:"muted",children:["Terminée le ",P(t.closedAt)]}):e("form",{onSubmit:l=>{l.preventDefault(),i()},children:[e(A,{label:"Message de fin d’intervention",value:o,onInput:r,required:!0}),e("button",{type:"submit",disabled:a||!o.trim(),children:"Terminer l’intervention"}),u]})]})}var mi=f(`
  mutation ConfirmIncident($id: ID!) {
    confirmIncident(incidentId: $id) { id confirmed }
  }
`),pi=f(`
  mutation SplitReportFromIncident($id: ID!, $reason: String) {
    splitReportFromIncident(reportId: $id, reason: $reason) { id }
  }
`),gi=f(`
  mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {
    transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) { id status }
  }
`),yi=["ACKNOWLEDGED","IN_PROGRESS","RESOLVED","REJECTED"];function ko({report:t,onChanged:n,onOpen:o}){let r=t.incident,[i,a]=m("ACKNOWLEDGED"),[u,l]=m(""),[d,s]=m(""),y=E(async()=>(await $(mi,{id:r.id}),n(),"Incident confirmé.")),b=E(async()=>(await $(pi,{id:t.id,reason:d.trim()||null}),s(""),n(),"Signalement détaché de l’incident.")),c=E(async()=>{let g=await $(gi,{id:r.id,to:i,publicNote:u.trim()||null});l(""),n();let p=g.transitionIncident.length;return`${p} signalement${p>1?"s":""} passé${p>1?"s":""} à « ${B[i]} » ; chaque signalant est prévenu du sien.`});return r?e("section",{class:"action","aria-labelledby":"incident-title",children:[e("h3",{id:"incident-title",children:["Incident : ",r.reportCount," signalements ",r.confirmed?"(confirmé)":"(regroupement automatique)"]}),e("ul",{class:"incident-reports",children:r.reports.map(g=>e("li",{children:[g.id===t.id?e("strong",{children:[g.category.label," (ce signalement)"]}):e("button",{type:"button",class:"link",onClick:()=>o(g.id),children:g.category.label})," ","— ",B[g.status],", vu ",P(g.observedAt)]},g.id))}),!r.confirmed&&e("button",{type:"button",disabled:y.busy,onClick:()=>void y.run(),children:"Confirmer l’incident"}),y.feedback,e("form",{"aria-label":"Traiter tout l’incident",onSubmit:g=>{g.preventDefault(),c.run()},children:[e(x,{label:"Passer tout l’incident à",value:i,onChange:g=>a(g),options:yi.map(g=>[g,B[g]])}),e(A,{label:"Réponse aux signalants (chacun la lit sur le sien)",value:u,onInput:l}),e("button",{type:"submit",disabled:c.busy,children:"Faire passer tout l’incident"}),c.feedback]}),e("form",{"aria-label":"Détacher ce signalement",onSubmit:g=>{g.preventDefault(),b.run()},children:[e(A,{label:"Pourquoi ce signalement est un autre fait (note interne)",value:d,onInput:s}),e("button",{type:"submit",disabled:b.busy,children:"Détacher ce signalement de l’incident"}),b.feedback]})]}):null}var bi=f(`
  query BrigadeStaff {
    brigadeStaff { id displayName rank commander }
  }
`),fi=f(`
  mutation AssignReport($id: ID!, $user: ID) {
    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }
  }
`),$i=f(`
  mutation FlagReporterAbuse($id: ID!, $reason: String!) {
    flagReporterAbuse(reportId: $id, reason: $reason) { id status }
  }
`),Si=f(`
  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }
  }
`);function wo({report:t,onChanged:n}){let[o,r]=m([]),[i,a]=m(t.assignee?.id??""),[u,l]=m(String(t.priority??t.category.urgency)),[d,s]=m(""),[y,b]=m("");_(()=>{$(bi).then(h=>r(h.brigadeStaff)).catch(()=>r([]))},[]),_(()=>{a(t.assignee?.id??""),l(String(t.priority??t.category.urgency))},[t.id,t.assignee?.id,t.priority]);let c=E(async()=>(await $(fi,{id:t.id,user:i||null}),n(),i?"Signalement attribué.":"Attribution retirée.")),g=E(async()=>(await $(Si,{id:t.id,priority:Number(u),reason:d.trim()||null}),s(""),n(),"Priorité enregistrée.")),p=E(async()=>(await $($i,{id:t.id,reason:y}),b(""),"Signalé à la commune, qui décidera.")),D=h=>[h.id,`${h.displayName}${h.rank?` (${h.rank})`:""}${h.commander?" — commandant":""}`];return e("div",{class:"action",children:[e("form",{"aria-labelledby":"assign-title",onSubmit:h=>{h.preventDefault(),c.run()},children:[e("h3",{id:"assign-title",children:"Attribuer"}),e(x,{label:"Membre de la brigade",value:i,onChange:a,options:[["","Personne"],...o.map(D)]}),e("button",{type:"submit",disabled:c.busy,children:"Enregistrer l’attribution"}),c.feedback]}),e("form",{"aria-labelledby":"priority-title",onSubmit:h=>{h.preventDefault(),g.run()},children:[e("h3",{id:"priority-title",children:"Priorité"}),e(x,{label:"Priorité de la brigade",value:u,onChange:l,options:Co.map(h=>[String(h),X[h]])}),e(A,{label:"Raison du changement (note interne)",value:d,onInput:s}),e("button",{type:"submit",disabled:g.busy,children:"Changer la priorité"}),g.feedback]}),t.reporter&&e("form",{"aria-labelledby":"abuse-title",onSubmit:h=>{h.preventDefault(),p.run()},children:[e("h3",{id:"abuse-title",children:"Usage abusif"}),e(A,{label:"Raison, pour la commune (sans le contenu du signalement)",value:y,onInput:b,required:!0}),e("button",{type:"submit",disabled:p.busy||!y.trim(),children:"Signaler l’usage abusif à la commune"}),p.feedback]})]})}var hi=f(`
  query ReportDetail($id: ID!) {
    report(id: $id) {
      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue
      assignee { id displayName }
      category { code label urgency }
      commune { code name }
      brigade { id name }
      location { latitude longitude }
      photos { id url }
      reporter { displayName email phone }
      duplicateOf { id }
      events { id kind status publicNote internalNote actorRole at }
      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }
      incident { id confirmed reportCount reports { id status observedAt category { label } } }
    }
  }
`);function Oo(t){let[n,o]=m(null),[r,i]=m(null),a=Ne(null);return _(()=>{a.current?.scrollIntoView({block:"start"}),a.current?.focus({preventScroll:!0})},[t.id]),_(()=>{o(null),i(null)},[t.id]),_(()=>{let u=!0;return $(hi,{id:t.id}).then(l=>{u&&(i(l.report?null:"Ce signalement n’est plus dans la file de la brigade."),o(l.report))}).catch(l=>u&&i(N(l))),()=>{u=!1}},[t.id,t.revision]),e("section",{class:"panel detail","aria-labelledby":"detail-title",id:"signalement",children:[e("div",{class:"detail-head",children:[e("h2",{id:"detail-title",tabIndex:-1,ref:a,children:n?`${n.category.label} — ${n.commune.name}`:"Signalement"}),e("button",{type:"button",onClick:t.onClose,children:"Fermer"})]}),r&&e(I,{kind:"error",children:r}),n&&e(Ci,{report:n,...t},n.id)]})}function Ci({report:t,brigades:n,onChanged:o,onOpen:r}){return e("div",{class:"detail-grid",children:[e("div",{children:[e("dl",{class:"facts",children:[e("dt",{children:"Statut"}),e("dd",{"data-testid":"report-status",children:B[t.status]}),e("dt",{children:"Urgence"}),e("dd",{children:X[t.category.urgency]}),e("dt",{children:"Priorité de la brigade"}),e("dd",{"data-testid":"report-priority",children:t.priority!=null?X[t.priority]:"—"}),e("dt",{children:"À prendre en compte avant"}),e("dd",{children:[t.acknowledgeBy?P(t.acknowledgeBy):"—",t.overdue&&e("span",{class:"overdue",children:"En retard"})]}),e("dt",{children:"Attribué à"}),e("dd",{"data-testid":"report-assignee",children:t.assignee?.displayName??"Personne"}),e("dt",{children:"Faits observés"}),e("dd",{children:P(t.observedAt)}),e("dt",{children:"Reçu"}),e("dd",{children:P(t.createdAt)}),e("dt",{children:"Lieu"}),e("dd",{children:[t.location.latitude.toFixed(5),", ",t.location.longitude.toFixed(5),t.accuracyMeters!=null&&` (± ${Math.round(t.accuracyMeters)} m)`]}),e("dt",{children:"Acheminement"}),e("dd",{children:[t.brigade.name," (",ho[t.routingRule],")"]}),e("dt",{children:"Signalant"}),e("dd",{children:t.reporter?e(T,{children:[t.reporter.displayName," — ",e("a",{href:`mailto:${t.reporter.email}`,children:t.reporter.email}),t.reporter.phone&&e(T,{children:[" ","— ",e("a",{href:`tel:${t.reporter.phone}`,children:t.reporter.phone})]})]}):"—"})]}),e("h3",{children:"Description"}),e("p",{class:"description",children:t.description}),t.photos.length>0&&e(T,{children:[e("h3",{children:"Photos"}),e("ul",{class:"photos",children:t.photos.map((i,a)=>e("li",{children:e("a",{href:i.url,target:"_blank",rel:"noopener noreferrer",children:e("img",{src:i.url,alt:`Photo ${a+1} jointe au signalement`})})},i.id))})]}),e("h3",{children:"Historique"}),e("ol",{class:"history",children:t.events.map(i=>e("li",{children:[e("time",{dateTime:i.at,children:P(i.at)})," — ",So[i.kind]??i.kind,i.status&&` : ${B[i.status]}`," ",e("span",{class:"muted",children:["(",W[i.actorRole],")"]}),i.publicNote&&e("p",{class:"note",children:["« ",i.publicNote," »"]}),i.internalNote&&e("p",{class:"note internal",children:["Note interne : ",i.internalNote]})]},i.id))})]}),e("div",{children:[e(No,{report:t,onChanged:o}),e(ko,{report:t,onChanged:o,onOpen:r}),e(wo,{report:t,onChanged:o}),e(Po,{report:t,onChanged:o}),e(To,{report:t,brigades:n,onChanged:o}),e(qo,{report:t})]})]})}var Di=f(`
  mutation OpenProblemCase($input: ProblemCaseInput!) {
    openProblemCase(input: $input) { id title }
  }
`),Ri=f(`
  query CaseCandidates($case: ID!) {
    problemCaseCandidates(caseId: $case) { userId organisationId displayName role brigadeName organisation { name kind } }
  }
`),Ai=f(`
  mutation AddProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {
    addProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }
  }
`),vi=f(`
  mutation RemoveProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {
    removeProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }
  }
`),Ii=f(`
  query CaseSuggestions($case: ID!, $from: DateTime!, $to: DateTime!) {
    problemCaseSuggestions(caseId: $case, from: $from, to: $to) { id status createdAt observedAt category { label } commune { name } }
  }
`),_i=f(`
  mutation LinkReportsToProblemCase($case: ID!, $reports: [ID!]!) {
    linkReportsToProblemCase(caseId: $case, reportIds: $reports) { id }
  }
`),Le=t=>t.userId?`u:${t.userId}`:`o:${t.organisationId}`;function Ei(t){if(t.organisation)return`${t.organisation.name} (${Qe[t.organisation.kind]})`;let n=t.role?W[t.role]:"";return`${t.displayName??"—"} (${[n,t.brigadeName].filter(Boolean).join(", ")})`}function Bo({communes:t,categories:n,onOpened:o}){let[r,i]=m(""),[a,u]=m(""),[l,d]=m([]),[s,y]=m([]),b=E(async()=>{let g=await $(Di,{input:{title:r,problem:a,communeCodes:l,categoryCodes:s}});return i(""),u(""),d([]),y([]),o(g.openProblemCase.id),`Dossier « ${g.openProblemCase.title} » ouvert.`}),c=(g,p,D)=>p(g.includes(D)?g.filter(h=>h!==D):[...g,D]);return e("form",{"aria-label":"Ouvrir un dossier de partenariat",onSubmit:g=>{g.preventDefault(),b.run()},children:[e("h3",{children:"Ouvrir un dossier de partenariat"}),e(A,{label:"Intitulé du dossier",value:r,onInput:i,required:!0}),e(A,{label:"Problème identifié",value:a,onInput:u,required:!0,multiline:!0}),e("fieldset",{children:[e("legend",{children:"Communes du secteur *"}),t.map(g=>e("label",{class:"check",children:[e("input",{type:"checkbox",checked:l.includes(g.code),onChange:()=>c(l,d,g.code)}),g.name]},g.code))]}),e("fieldset",{children:[e("legend",{children:"Catégories de signalements concernées *"}),n.map(g=>e("label",{class:"check",children:[e("input",{type:"checkbox",checked:s.includes(g.code),onChange:()=>c(s,y,g.code)}),g.label]},g.code))]}),e("button",{type:"submit",class:"primary",disabled:b.busy||!r.trim()||!a.trim()||!l.length||!s.length,children:"Ouvrir le dossier"}),b.feedback]})}function Qo({caseId:t,member:n,name:o,onRemoved:r}){let i=E(async()=>{await $(vi,{case:t,user:n.userId??null,organisation:n.organisationId??null}),r()});return e(T,{children:[" ",e("button",{type:"button",class:"small",disabled:i.busy,onClick:()=>void i.run(),children:["Retirer ",o," du dossier"]}),i.feedback]})}function Vo({caseId:t,members:n,onAdded:o}){let r=n.map(Le).join(","),[i,a]=m([]),[u,l]=m(""),[d,s]=m(null);_(()=>{$(Ri,{case:t}).then(c=>(a(c.problemCaseCandidates),s(null))).catch(c=>s(N(c)))},[t,r]);let y=u||(i[0]?Le(i[0]):""),b=E(async()=>{let c=i.find(g=>Le(g)===y);if(c)return await $(Ai,{case:t,user:c.userId??null,organisation:c.organisationId??null}),l(""),o(),`${c.displayName??c.organisation?.name} rejoint le dossier.`});return d?e(I,{kind:"error",children:d}):e("form",{"aria-label":"Ajouter un membre",onSubmit:c=>{c.preventDefault(),b.run()},children:[e("h3",{children:"Ajouter un membre"}),i.length===0?e("p",{children:"Personne d’autre ne peut être ajouté."}):e(T,{children:[e(x,{label:"Personne ou organisation à ajouter",value:y,onChange:l,options:i.map(c=>[Le(c),Ei(c)])}),e("button",{type:"submit",disabled:b.busy,children:"Ajouter au dossier"})]}),b.feedback]})}var Mo=864e5;function Fo({caseId:t,openedAt:n,onLinked:o}){let[r,i]=m("90"),[a,u]=m([]),[l,d]=m([]),[s,y]=m(null),[b,c]=m(0);_(()=>{let p=new Date(new Date(n).getTime()-Number(r)*Mo).toISOString(),D=new Date(Date.now()+Mo).toISOString();$(Ii,{case:t,from:p,to:D}).then(h=>(u(h.problemCaseSuggestions),d([]),y(null))).catch(h=>y(N(h)))},[t,n,r,b]);let g=E(async()=>{await $(_i,{case:t,reports:l});let p=l.length;return c(D=>D+1),o(),p>1?`${p} signalements rattachés.`:"Signalement rattaché."});return e("form",{"aria-label":"Rattacher des signalements",onSubmit:p=>{p.preventDefault(),g.run()},children:[e("h3",{children:"Rattacher des signalements du secteur"}),e(x,{label:"Signalements observés depuis",value:r,onChange:i,options:[["30","30 jours avant l’ouverture"],["90","90 jours avant l’ouverture"],["365","un an avant l’ouverture"]]}),s&&e(I,{kind:"error",children:s}),a.length===0?e("p",{children:"Aucun signalement du secteur à rattacher sur cette période."}):e("fieldset",{children:[e("legend",{children:"Signalements de la brigade dans le secteur, pas encore rattachés"}),a.map(p=>e("label",{class:"check","data-suggestion":p.id,children:[e("input",{type:"checkbox",checked:l.includes(p.id),onChange:()=>d(l.includes(p.id)?l.filter(D=>D!==p.id):[...l,p.id])}),p.category.label," — ",p.commune?.name??"",", le ",P(p.observedAt??p.createdAt)," (",B[p.status],")"]},p.id))]}),e("button",{type:"submit",disabled:g.busy||l.length===0,children:"Rattacher les signalements cochés"}),g.feedback]})}var xi=f(`
  query ProblemCases($after: String) {
    problemCases(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title status communeCodes openedAt }
    }
  }
`),Ni=f(`
  query ProblemCaseDetail($id: ID!) {
    problemCase(id: $id) {
      id title problem status managedByMe openedAt closedAt assessment
      evaluation { windowDays totalBefore totalAfter afterComplete }
      members { userId organisationId displayName role brigadeName organisation { name } }
      reports { categoryCode status communeCode observedOn }
      actions { id title owner dueOn status outcome }
      meetings { id heldOn attendees minutes }
    }
  }
`),Pi=f(`
  mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {
    saveProblemCaseAction(caseId: $case, input: $input) { id }
  }
`),Ti=f(`
  mutation CloseProblemCase($case: ID!, $assessment: String!) {
    closeProblemCase(caseId: $case, assessment: $assessment) { id status }
  }
`),qi=f(`
  mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {
    recordProblemCaseMeeting(caseId: $case, input: $input) { id }
  }
`),Lo={PLANNED:"Décidée",IN_PROGRESS:"En cours",DONE:"Réalisée",ABANDONED:"Abandonnée"};function ae({opener:t}){let n=K(xi,i=>i.problemCases,{},[]),[o,r]=m(null);return!t&&!n.error&&n.total===0?null:e(q,{title:"Groupes de partenariat",id:"partenariat",children:[n.error&&e(I,{kind:"error",children:n.error}),n.total===0&&e("p",{children:"Aucun dossier pour l’instant."}),e("ul",{class:"plain",children:n.nodes.map(i=>e("li",{"data-case":i.id,children:[e("button",{type:"button",class:"link","aria-expanded":o===i.id,onClick:()=>r(o===i.id?null:i.id),children:i.title})," ","— ",i.status==="OPEN"?"en cours":"clos",", ouvert le ",P(i.openedAt),o===i.id&&e(ki,{id:i.id})]},i.id))}),n.more,t&&e(Bo,{communes:t.communes,categories:t.categories,onOpened:i=>{n.reload(),r(i)}})]})}function ki({id:t}){let[n,o]=m(null),[r,i]=m(null),[a,u]=m(0);if(_(()=>{$(Ni,{id:t}).then(s=>(o(s.problemCase??null),i(null))).catch(s=>i(N(s)))},[t,a]),r)return e(I,{kind:"error",children:r});if(!n)return null;let l=()=>u(s=>s+1),d=n.managedByMe&&n.status==="OPEN";return e("div",{class:"case",children:[e("p",{class:"description",children:n.problem}),e("h3",{children:"Membres"}),e("ul",{"data-testid":"case-members",children:n.members.map(s=>{let y=s.displayName??s.organisation?.name??"—";return e("li",{children:[y,s.role&&e("span",{class:"muted",children:[" (",W[s.role],s.brigadeName?`, ${s.brigadeName}`:"",")"]}),d&&e(Qo,{caseId:n.id,member:s,name:y,onRemoved:l})]},s.userId??s.organisationId)})}),d&&e(Vo,{caseId:n.id,members:n.members,onAdded:l}),e("h3",{children:["Signalements rattachés (",n.reports.length,")"]}),e("ul",{"data-testid":"case-reports",children:n.reports.map((s,y)=>e("li",{children:[s.categoryCode," — ",B[s.status],", ",s.communeCode,", le ",s.observedOn]},y))}),d&&e(Fo,{caseId:n.id,openedAt:n.openedAt,onLinked:l}),e("h3",{children:"Actions"}),e("ul",{"data-testid":"case-actions",children:n.actions.map(s=>e("li",{children:[s.title," — ",s.owner,", ",Lo[s.status],s.dueOn&&`, pour le ${s.dueOn}`,s.outcome&&e("p",{class:"note",children:s.outcome})]},s.id))}),e("h3",{children:"Réunions"}),e("ul",{"data-testid":"case-meetings",children:n.meetings.map(s=>e("li",{children:[s.heldOn," — ",s.attendees,e("p",{class:"note",children:s.minutes})]},s.id))}),n.status==="CLOSED"&&e(T,{children:[e("h3",{children:"Bilan"}),e("p",{"data-testid":"case-assessment",children:n.assessment}),n.evaluation&&e("p",{children:["Signalements dans le secteur : ",n.evaluation.totalBefore," dans les ",n.evaluation.windowDays," jours avant l’ouverture,"," ",n.evaluation.totalAfter," dans les ",n.evaluation.windowDays," jours après",n.evaluation.afterComplete?"":" (période pas encore écoulée)","."]})]}),d&&e(T,{children:[e(wi,{caseId:n.id,onSaved:l}),e(Oi,{caseId:n.id,onSaved:l}),e(Mi,{caseId:n.id,onClosed:l})]})]})}function wi({caseId:t,onSaved:n}){let[o,r]=m(""),[i,a]=m(""),[u,l]=m("PLANNED"),d=E(async()=>(await $(Pi,{case:t,input:{title:o,owner:i,status:u}}),r(""),a(""),n(),"Action enregistrée."));return e("form",{"aria-label":"Nouvelle action",onSubmit:s=>{s.preventDefault(),d.run()},children:[e("h3",{children:"Nouvelle action"}),e(A,{label:"Action décidée",value:o,onInput:r,required:!0}),e(A,{label:"Qui la mène",value:i,onInput:a,required:!0}),e(x,{label:"État de l’action",value:u,onChange:s=>l(s),options:Object.entries(Lo)}),e("button",{type:"submit",disabled:d.busy||!o.trim()||!i.trim(),children:"Enregistrer l’action"}),d.feedback]})}function Oi({caseId:t,onSaved:n}){let[o,r]=m(new Date().toISOString().slice(0,10)),[i,a]=m(""),[u,l]=m(""),d=E(async()=>(await $(qi,{case:t,input:{heldOn:o,attendees:i,minutes:u}}),a(""),l(""),n(),"Réunion enregistrée."));return e("form",{"aria-label":"Compte rendu de réunion",onSubmit:s=>{s.preventDefault(),d.run()},children:[e("h3",{children:"Compte rendu de réunion"}),e(A,{label:"Date de la réunion (AAAA-MM-JJ)",value:o,onInput:r,required:!0}),e(A,{label:"Participants",value:i,onInput:a,required:!0}),e(A,{label:"Ce qui a été dit et décidé",value:u,onInput:l,required:!0}),e("button",{type:"submit",disabled:d.busy||!i.trim()||!u.trim(),children:"Enregistrer la réunion"}),d.feedback]})}function Mi({caseId:t,onClosed:n}){let[o,r]=m(""),i=E(async()=>(await $(Ti,{case:t,assessment:o}),n(),"Dossier clos."));return e("form",{"aria-label":"Clore le dossier",onSubmit:a=>{a.preventDefault(),i.run()},children:[e("h3",{children:"Clore le dossier"}),e(A,{label:"Bilan du groupe (ce qui a été obtenu)",value:o,onInput:r,required:!0}),e("button",{type:"submit",disabled:i.busy||!o.trim(),children:"Clore le dossier avec ce bilan"}),i.feedback]})}var Bi=f(`
  query SecurityRequests($status: SecurityRequestStatus, $after: String) {
    securityRequests(filter: { status: $status }, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id communeCode topic subject status updatedAt }
    }
  }
`),Qi=f(`
  query SecurityRequestThread($id: ID!) {
    securityRequest(id: $id) { id status messages { authorRole body createdAt } }
  }
`),Vi=f(`
  mutation OpenSecurityRequest($input: SecurityRequestInput!) {
    openSecurityRequest(input: $input) { id status }
  }
`),Fi=f(`
  mutation ReplyToSecurityRequest($id: ID!, $body: String!) {
    replyToSecurityRequest(id: $id, body: $body) { id status }
  }
`),Li=f(`
  mutation CloseSecurityRequest($id: ID!) {
    closeSecurityRequest(id: $id) { id status }
  }
`),Ho={ADVICE:"Conseil",SECURITY_DIAGNOSIS:"Diagnostic de sécurité",SITUATIONAL_PREVENTION:"Prévention situationnelle",EVENT:"Événement",OTHER:"Autre demande"},Uo={OPEN:"En attente de la brigade",ANSWERED:"Répondu",CLOSED:"Clos"};function Ue({communes:t,side:n}){let[o,r]=m(""),[i,a]=m(null),l=K(Bi,s=>s.securityRequests,{status:o||null},[o]),d=s=>t.find(y=>y.code===s)?.name??s;return e(q,{title:"Demandes de sécurité",id:"demandes",children:[e("p",{class:"muted",children:n==="commune"?"Échanges avec le référent sûreté de la brigade : conseils, diagnostics, événements.":"Échanges avec les élus des communes dont vous êtes le référent (ou que votre brigade couvre, si vous la commandez)."}),e(x,{label:"Demandes à afficher",value:o,onChange:r,options:[["","Toutes"],...Object.entries(Uo)]}),l.error&&e(I,{kind:"error",children:l.error}),e("ul",{class:"plain requests",children:l.nodes.map(s=>e("li",{"data-request":s.id,children:[e("button",{type:"button",class:"link","aria-expanded":i===s.id,onClick:()=>a(i===s.id?null:s.id),children:s.subject})," ","— ",d(s.communeCode),", ",Ho[s.topic],", ",e("strong",{children:Uo[s.status]})," ",e("span",{class:"muted",children:["(",P(s.updatedAt),")"]}),i===s.id&&e(Ui,{id:s.id,onChanged:l.reload})]},s.id))}),l.total===0&&e("p",{class:"muted",children:"Aucune demande."}),l.more,e(Hi,{communes:t,side:n,onOpened:l.reload})]})}function Ui({id:t,onChanged:n}){let[o,r]=m(null),[i,a]=m(!1),[u,l]=m(null),[d,s]=m(""),[y,b]=m(0);_(()=>{$(Qi,{id:t}).then(p=>{r(p.securityRequest?.messages??[]),a(p.securityRequest?.status==="CLOSED")}).catch(p=>l(N(p)))},[t,y]);let c=E(async()=>(await $(Fi,{id:t,body:d}),s(""),b(p=>p+1),n(),"Message envoyé.")),g=E(async()=>(await $(Li,{id:t}),n(),"Demande close."));return e("div",{class:"thread",children:[u&&e(I,{kind:"error",children:u}),e("ol",{class:"history",children:(o??[]).map((p,D)=>e("li",{children:[e("time",{dateTime:p.createdAt,children:P(p.createdAt)})," — ",e("span",{class:"muted",children:W[p.authorRole]}),e("p",{class:"note",children:p.body})]},D))}),!i&&e("form",{"aria-label":"Répondre à la demande",onSubmit:p=>{p.preventDefault(),c.run()},children:[e(A,{label:"Votre réponse",value:d,onInput:s,required:!0}),e("button",{type:"submit",disabled:c.busy||!d.trim(),children:"Envoyer la réponse"}),e("button",{type:"button",disabled:g.busy,onClick:()=>void g.run(),children:"Clore la demande"})]}),c.feedback,g.feedback]})}function Hi({communes:t,side:n,onOpened:o}){let[r,i]=m(t[0]?.code??""),[a,u]=m("ADVICE"),[l,d]=m(""),[s,y]=m("");_(()=>{!r&&t[0]&&i(t[0].code)},[t]);let b=E(async()=>(await $(Vi,{input:{communeCode:r,topic:a,subject:l,body:s}}),d(""),y(""),o(),n==="commune"?"Demande envoyée au référent.":"Demande envoyée aux élus de la commune."));return e("form",{class:"new-request","aria-labelledby":"new-request-title",onSubmit:c=>{c.preventDefault(),b.run()},children:[e("h3",{id:"new-request-title",children:n==="commune"?"Écrire au référent":"Écrire aux élus d’une commune"}),e(x,{label:"Commune concernée",value:r,onChange:i,options:t.map(c=>[c.code,c.name])}),e(x,{label:"Objet de la demande",value:a,onChange:c=>u(c),options:Object.entries(Ho)}),e(A,{label:"Sujet",value:l,onInput:d,required:!0}),e(A,{label:"Premier message",value:s,onInput:y,required:!0}),e("button",{type:"submit",disabled:b.busy||!l.trim()||!s.trim()||!r,children:"Envoyer la demande"}),b.feedback]})}var Gi=20,ji=f(`
  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
    brigadeQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id status description createdAt priority overdue assignee { displayName } incident { id reportCount } category { code label urgency } commune { code name } location { latitude longitude } }
    }
  }
`),Wi=f(`
  query BrigadeSetup {
    categories { code label }
    me { brigade { communes { code name referent { id } } } }
    brigadeTo: brigades { id code name }
  }
`),Ki=f(`
  query QueueOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),Zi=f(`
  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }
  }
`);function Go({me:t}){let n=t.brigade,[o,r]=m([]),[i,a]=m([]),[u,l]=m([]),[d,s]=m([]),[y,b]=m("OPEN"),[c,g]=m(""),[p,D]=m(""),[h,R]=m(""),[v,w]=m(""),[Q,V]=m(!1),[F,G]=m([null]),[L,se]=m(null),[U,Z]=m(null),[ue,$e]=m(null),[lt,er]=m(!1),[tr,nr]=m(""),[ct,mt]=m(0),pt=Ne(null),gt=i.some(S=>S.referent?.id===t.id);_(()=>{$(Wi).then(async S=>{r(S.categories);let ee=S.me?.brigade?.communes??[];a(ee),l(S.brigadeTo.filter(de=>de.id!==n.id));let He=ee.slice(0,100).map(de=>de.code),Se=await $(Ki,{codes:He});s(Se.communeOutlines)}).catch(S=>Z(N(S)))},[n.id]);let yt=j(()=>{let S={status:y==="OPEN"?$o:[y]};return c&&(S.categoryCode=c),p&&(S.communeCode=p),h&&(S.createdSince=new Date(Date.now()-Number(h)*36e5).toISOString()),v==="MINE"&&(S.assignment="ASSIGNED_TO_ME"),v==="NOBODY"&&(S.assignment="UNASSIGNED"),v==="OVERDUE"&&(S.overdue=!0),Q&&(S.onePerIncident=!0),S},[y,c,p,h,v,Q]),bt=F[F.length-1];_(()=>{let S=!0;return $(ji,{filter:yt,first:Gi,after:bt}).then(ee=>S&&(se(ee.brigadeQueue),Z(null))).catch(ee=>S&&Z(N(ee))),()=>{S=!1}},[yt,bt,ct]),_(()=>{let S,ee=Fe({document:Zi,variables:()=>({brigade:n.id,after:pt.current}),onState:er,onData:He=>{let Se=He.brigadeQueueEvents;pt.current=Se.id,Se.kind==="FILED"&&nr("Nouveau signalement reçu."),window.clearTimeout(S),S=window.setTimeout(()=>mt(de=>de+1),150)}});return()=>{window.clearTimeout(S),ee.close()}},[n.id]);let oe=Pe(S=>{S(),G([null])},[]),or=(L?.nodes??[]).map(S=>({id:S.id,latitude:S.location.latitude,longitude:S.location.longitude,weight:S.priority??S.category.urgency,selected:S.id===ue,label:`${S.category.label}, ${S.commune.name}, ${B[S.status]}`}));return e("div",{class:"brigade",children:[e("p",{class:"live-state","aria-live":"polite",children:[e("span",{class:lt?"dot on":"dot","aria-hidden":"true"}),lt?"Mises à jour en direct":"Connexion au direct…",e("span",{class:"visually-hidden",children:tr})]}),e("div",{class:"columns",children:[e(q,{title:"File des signalements",id:"file",children:[e("form",{class:"filters",onSubmit:S=>S.preventDefault(),"aria-label":"Filtres de la file",children:[e(x,{label:"Statut",value:y,onChange:S=>oe(()=>b(S)),options:[["OPEN","En cours (reçus, pris en compte, en intervention)"],...Object.entries(B)]}),e(x,{label:"Catégorie",value:c,onChange:S=>oe(()=>g(S)),options:[["","Toutes"],...o.map(S=>[S.code,S.label])]}),e(x,{label:"Commune",value:p,onChange:S=>oe(()=>D(S)),options:[["","Toutes"],...i.map(S=>[S.code,S.name])]}),e(x,{label:"Reçus depuis",value:h,onChange:S=>oe(()=>R(S)),options:[["","Toujours"],["1","1 heure"],["24","24 heures"],["168","7 jours"],["720","30 jours"]]}),e(x,{label:"Suivi",value:v,onChange:S=>oe(()=>w(S)),options:[["","Tous"],["MINE","Attribués à moi"],["NOBODY","Non attribués"],["OVERDUE","En retard de prise en compte"]]}),e("label",{class:"check",children:[e("input",{type:"checkbox",checked:Q,onChange:S=>oe(()=>V(S.currentTarget.checked))}),"Une ligne par incident"]})]}),U&&e(I,{kind:"error",children:U}),L&&e(T,{children:[e("p",{class:"count","data-testid":"queue-count",children:[L.totalCount," signalement",L.totalCount>1?"s":""]}),e("table",{class:"queue",children:[e("caption",{class:"visually-hidden",children:"Signalements, par priorité de la brigade puis du plus ancien"}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:"Priorité"}),e("th",{scope:"col",children:"Catégorie"}),e("th",{scope:"col",children:"Commune"}),e("th",{scope:"col",children:"Reçu"}),e("th",{scope:"col",children:"Statut"}),e("th",{scope:"col",children:"Attribué à"})]})}),e("tbody",{children:L.nodes.map(S=>e("tr",{class:S.id===ue?"selected":"","data-report":S.id,children:[e("td",{children:[e("span",{class:`urgency urgency-${S.priority??S.category.urgency}`,children:X[S.priority??S.category.urgency]}),S.overdue&&e("span",{class:"overdue",children:"En retard"})]}),e("td",{children:[e("button",{type:"button",class:"link",onClick:()=>$e(S.id),"aria-pressed":S.id===ue,children:S.category.label}),S.incident&&e("span",{class:"incident-badge",children:["Incident · ",S.incident.reportCount," signalements"]}),e("span",{class:"excerpt",children:S.description.slice(0,80)})]}),e("td",{children:S.commune.name}),e("td",{children:e("time",{dateTime:S.createdAt,children:Ro(S.createdAt)})}),e("td",{children:B[S.status]}),e("td",{children:S.assignee?.displayName??"—"})]},S.id))})]}),L.nodes.length===0&&e("p",{class:"muted",children:"Aucun signalement ne correspond aux filtres."}),e("nav",{class:"pager","aria-label":"Pages de la file",children:[e("button",{type:"button",disabled:F.length<2,onClick:()=>G(F.slice(0,-1)),children:"Page précédente"}),e("span",{children:["Page ",F.length]}),e("button",{type:"button",disabled:!L.pageInfo.hasNextPage,onClick:()=>G([...F,L.pageInfo.endCursor]),children:"Page suivante"})]})]})]}),e(q,{title:"Carte de la file",id:"carte",children:e(ie,{title:`Communes couvertes par ${n.name}`,outlines:d,points:or,onSelect:$e})})]}),e(Yi,{me:t,communes:i}),e(ae,{opener:gt?{communes:i,categories:o}:void 0}),(t.commander||gt)&&e(ut,{departement:n.departement}),ue&&e(Oo,{id:ue,revision:ct,brigades:u,onClose:()=>$e(null),onChanged:()=>mt(S=>S+1),onOpen:$e})]})}function Yi({me:t,communes:n}){let o=t.commander?n:n.filter(r=>r.referent?.id===t.id);return o.length===0?null:e(Ue,{communes:o,side:"brigade"})}var zi=f(`
  query AbuseFlags($code: String!) {
    abuseFlags(communeCode: $code, status: OPEN, first: 50) {
      totalCount
      nodes { id reason createdAt resident { displayName email } brigade { name } }
    }
  }
`),Ji=f(`
  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {
    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }
  }
`);function jo({code:t}){let[n,o]=m(null),[r,i]=m(null),[a,u]=m(0);return _(()=>{$(zi,{code:t}).then(l=>(o(l.abuseFlags.nodes),i(null))).catch(l=>i(N(l)))},[t,a]),!r&&n?.length===0?null:e(q,{title:"Usages abusifs signalés par la brigade",id:"abus",children:[r&&e(I,{kind:"error",children:r}),e("ul",{class:"plain",children:(n??[]).map(l=>e(Xi,{flag:l,onDecided:()=>u(d=>d+1)},l.id))})]})}function Xi({flag:t,onDecided:n}){let[o,r]=m(""),{run:i,busy:a,feedback:u}=E(async d=>(await $(Ji,{id:t.id,suspend:d,note:o.trim()||null}),n(),d?"Habitant suspendu.":"Signalement classé.")),l=t.resident?.displayName??"Habitant";return e("li",{"data-flag":t.id,children:[e("p",{children:[e("strong",{children:l})," — signalé par ",t.brigade.name," le ",e("time",{dateTime:t.createdAt,children:P(t.createdAt)})]}),e("p",{class:"note",children:["« ",t.reason," »"]}),e(A,{label:`Raison de la décision pour ${l}`,value:o,onInput:r}),e("div",{class:"buttons",children:[e("button",{type:"button",class:"danger",disabled:a,onClick:()=>void i(!0),children:"Suspendre l’habitant"}),e("button",{type:"button",disabled:a,onClick:()=>void i(!1),children:"Classer sans suite"})]}),u]})}var ea=f(`
  query CommuneBroadcasts($code: String!, $after: String) {
    broadcasts(communeCode: $code, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title body sender recipients createdAt expiresAt }
    }
  }
`),ta=f(`
  mutation BroadcastToResidents($input: BroadcastInput!) {
    broadcastToResidents(input: $input) { id recipients }
  }
`),na=[["1","1 jour"],["7","7 jours"],["30","30 jours"]];function Wo({code:t}){let n=K(ea,s=>s.broadcasts,{code:t},[t]),[o,r]=m(""),[i,a]=m(""),[u,l]=m("7"),d=E(async()=>{let s=new Date(Date.now()+Number(u)*864e5).toISOString(),y=await $(ta,{input:{communeCodes:[t],title:o,body:i,expiresAt:s}});r(""),a(""),n.reload();let b=y.broadcastToResidents.recipients;return`Message envoyé à ${b} habitant${b>1?"s":""}.`});return e(q,{title:"Messages aux habitants",id:"messages",children:[n.error&&e(I,{kind:"error",children:n.error}),e("ul",{class:"plain","data-testid":"broadcasts",children:n.nodes.map(s=>e("li",{children:[e("strong",{children:s.title})," — ",s.sender,", le ",P(s.createdAt),", ",s.recipients," habitant",s.recipients>1?"s":""," (jusqu’au ",P(s.expiresAt),")",e("p",{class:"note",children:s.body})]},s.id))}),n.total===0&&e("p",{class:"muted",children:"Aucun message envoyé."}),n.more,e("form",{"aria-labelledby":"broadcast-title",onSubmit:s=>{s.preventDefault(),d.run()},children:[e("h3",{id:"broadcast-title",children:"Écrire aux habitants inscrits"}),e(A,{label:"Titre du message",value:o,onInput:r,required:!0}),e(A,{label:"Texte du message (sans nom ni adresse)",value:i,onInput:a,required:!0}),e(x,{label:"Affiché pendant",value:u,onChange:l,options:na}),e("button",{type:"submit",disabled:d.busy||!o.trim()||!i.trim(),children:"Envoyer aux habitants"}),d.feedback]})]})}var oa=f(`
  subscription CoordinatorFeed {
    myNotifications { kind }
  }
`);function Yo({me:t}){let n=t.coordinatedCommunes,[o,r]=m(n[0]?.code??""),[i,a]=m({enrolments:0,alerts:0});return _(()=>{let u=Fe({document:oa,variables:()=>({}),onData:l=>{let d=l.myNotifications.kind;d==="ENROLMENT_REQUEST"&&a(s=>({...s,enrolments:s.enrolments+1})),d==="INTERVENTION_ALERT"&&a(s=>({...s,alerts:s.alerts+1}))}});return()=>u.close()},[]),o?e("div",{class:"commune",children:[n.length>1&&e("form",{class:"filters",onSubmit:u=>u.preventDefault(),children:e(x,{label:"Commune",value:o,onChange:r,options:n.map(u=>[u.code,u.name])})}),e("div",{class:"columns",children:[e(ca,{code:o,heard:i.enrolments}),e(pa,{code:o,heard:i.alerts})]}),e(jo,{code:o}),e(Wo,{code:o}),e(Ue,{communes:n,side:"commune"}),e(ae,{}),e(ya,{code:o}),e(ia,{code:o})]}):e(I,{kind:"info",children:"Aucune commune ne vous est rattachée : adressez-vous à la préfecture."})}var ra=f(`
  query CommuneBilan($code: String!, $year: Int!) {
    communeBilan(communeCode: $code, year: $year) { total threshold csv }
  }
`);function ia({code:t}){let n=new Date().getFullYear(),[o,r]=m(String(n)),[i,a]=m(null),[u,l]=m(null);_(()=>{$(ra,{code:t,year:Number(o)}).then(b=>(a(b),l(null))).catch(b=>l(N(b)))},[t,o]);let d=i?.communeBilan,s=()=>{if(!d)return;let b=URL.createObjectURL(new Blob([d.csv],{type:"text/csv;charset=utf-8"})),c=document.createElement("a");c.href=b,c.download=`bilan-${t}-${o}.csv`,c.click(),URL.revokeObjectURL(b)},y=[0,1,2,3,4].map(b=>[String(n-b),String(n-b)]);return e(q,{title:"Bilan annuel",id:"bilan",children:[e("form",{class:"filters",onSubmit:b=>b.preventDefault(),"aria-label":"Année du bilan",children:e(x,{label:"Année",value:o,onChange:r,options:y})}),u&&e(I,{kind:"error",children:u}),d&&e(T,{children:[e("p",{class:"figures",children:e("span",{children:[e("strong",{"data-testid":"bilan-total",children:d.total??`< ${d.threshold}`})," signalements"]})}),e("p",{children:["Les nombres inférieurs à ",d.threshold," sont masqués (« < ",d.threshold," ») pour qu’aucun chiffre ne désigne un voisin."]}),e("button",{type:"button",onClick:s,children:"Télécharger le bilan (CSV)"})]})]})}var aa=f(`
  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email phone enrolmentStatus }
    }
  }
`),sa=f(`
  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }
  }
`),ua=f(`
  mutation SuspendResident($id: ID!, $reason: String!) {
    suspendResident(userId: $id, reason: $reason) { id }
  }
`),da=f(`
  mutation ReinstateResident($id: ID!) {
    reinstateResident(userId: $id) { id }
  }
`),la=f(`
  query CommuneAlerts($code: String!) {
    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }
  }
`);function ca({code:t,heard:n}){let[o,r]=m("PENDING"),i=K(aa,a=>a.enrolmentRequests,{code:t,status:o},[t,o,n]);return e(q,{title:"Inscriptions des habitants",id:"inscriptions",children:[e("form",{class:"filters",onSubmit:a=>a.preventDefault(),children:e(x,{label:"Afficher",value:o,onChange:a=>r(a),options:Object.entries(ye)})}),i.error&&e(I,{kind:"error",children:i.error}),i.total!==null&&e(T,{children:[e("p",{class:"count",children:[i.total," inscription",i.total>1?"s":""," ",ye[o].toLowerCase(),i.total>1?"s":""]}),e("ul",{class:"people",children:i.nodes.map(a=>e(ma,{person:a,onChanged:i.reload},a.id))}),i.more]})]})}function ma({person:t,onChanged:n}){let[o,r]=m(""),{run:i,busy:a,feedback:u}=E(async d=>{d==="approve"||d==="reject"?await $(sa,{id:t.id,approve:d==="approve",reason:o.trim()||null}):d==="suspend"?await $(ua,{id:t.id,reason:o}):await $(da,{id:t.id}),n()}),l=t.enrolmentStatus==="PENDING";return e("li",{class:"person","data-person":t.email,children:[e("div",{children:[e("strong",{children:t.displayName})," — ",t.email,t.phone&&` — ${t.phone}`]}),(l||t.enrolmentStatus==="APPROVED")&&e(A,{label:l?"Motif (en cas de refus)":"Motif de la suspension",value:o,onInput:r}),e("div",{class:"buttons",children:[l&&e(T,{children:[e("button",{type:"button",class:"primary",disabled:a,onClick:()=>void i("approve"),children:["Approuver ",t.displayName]}),e("button",{type:"button",disabled:a,onClick:()=>void i("reject"),children:"Refuser"})]}),t.enrolmentStatus==="APPROVED"&&e("button",{type:"button",disabled:a||!o.trim(),onClick:()=>void i("suspend"),children:"Suspendre"}),t.enrolmentStatus==="SUSPENDED"&&e("button",{type:"button",disabled:a,onClick:()=>void i("reinstate"),children:"Rétablir"})]}),u]})}function pa({code:t,heard:n}){let[o,r]=m(null),[i,a]=m(null);return _(()=>{$(la,{code:t}).then(u=>r(u.interventionAlerts.nodes)).catch(u=>a(N(u)))},[t,n]),e(q,{title:"Alertes d’intervention reçues",id:"alertes",children:[i&&e(I,{kind:"error",children:i}),o&&o.length===0&&e("p",{class:"muted",children:"Aucune alerte."}),e("ul",{class:"plain alerts",children:(o??[]).map(u=>e("li",{children:[e("time",{dateTime:u.createdAt,children:P(u.createdAt)})," — ",u.message,u.closedAt?e("p",{class:"muted",children:["Terminée le ",P(u.closedAt)," ",u.closingMessage&&`: ${u.closingMessage}`]}):e("p",{class:"badge",children:"En cours"})]},u.id))})]})}var ga=f(`
  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {
    communeOutlines(codes: [$code]) { code name polygons }
    communeActivity(communeCode: $code, from: $from, to: $to) {
      total
      medianSecondsToAcknowledge
      byCategory { key count }
      byStatus { key count }
      byWeek { key count }
      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }
    }
    categories { code label }
  }
`);function Ko(t){return new Date(Date.now()+t*864e5).toISOString().slice(0,10)}function ya({code:t}){let[n,o]=m(Ko(-90)),[r,i]=m(Ko(0)),[a,u]=m(null),[l,d]=m(null);_(()=>{let g={from:n?`${n}T00:00:00Z`:null,to:r?new Date(Date.parse(`${r}T00:00:00Z`)+864e5).toISOString():null};$(ga,{code:t,...g}).then(p=>(u(p),d(null))).catch(p=>d(N(p)))},[t,n,r]);let s=j(()=>Object.fromEntries((a?.categories??[]).map(g=>[g.code,g.label])),[a]),y=j(()=>{let g=new Map;for(let p of a?.communeActivity.reports.nodes??[]){let D=`${p.location.latitude},${p.location.longitude}`,h=g.get(D)??{...p.location,count:0};h.count+=1,g.set(D,h)}return[...g.entries()].map(([p,D])=>({id:p,latitude:D.latitude,longitude:D.longitude,weight:D.count,label:`${D.count} signalement${D.count>1?"s":""} dans ce carré d’environ 200 m`}))},[a]),b=a?.communeActivity,c=a?.communeOutlines??[];return e(q,{title:"Activité de la commune",id:"activite",children:[e("form",{class:"filters",onSubmit:g=>g.preventDefault(),"aria-label":"Période",children:[e(A,{label:"Du",type:"date",value:n,onInput:o}),e(A,{label:"Au",type:"date",value:r,onInput:i})]}),l&&e(I,{kind:"error",children:l}),b&&e("div",{class:"columns",children:[e("div",{children:[e("p",{class:"figures",children:[e("span",{children:[e("strong",{"data-testid":"activity-total",children:b.total})," signalements"]}),e("span",{children:["Délai médian de prise en compte : ",e("strong",{children:we(b.medianSecondsToAcknowledge)})]})]}),e(Me,{weeks:Oe(b.byWeek,n||b.byWeek[0]?.key||r,r)}),e("div",{class:"columns",children:[e(Zo,{title:"Par catégorie",rows:b.byCategory,label:g=>s[g]??g}),e(Zo,{title:"Par statut",rows:b.byStatus,label:fo})]})]}),e(ie,{title:"Signalements de la période, par carré d’environ 200 m (sans signalant)",outlines:c,points:y,grid:!0})]})]})}function Zo({title:t,rows:n,label:o}){return e("table",{class:"counts",children:[e("caption",{children:t}),e("tbody",{children:n.map(r=>e("tr",{children:[e("th",{scope:"row",children:o(r.key)}),e("td",{children:r.count})]},r.key))})]})}var ba=f(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`),fa=f(`
  mutation ResetPassword($email: String!, $code: String!, $password: String!) {
    resetPassword(email: $email, code: $code, newPassword: $password)
  }
`);function zo({onChosen:t}){let[n,o]=m(""),[r,i]=m(""),[a,u]=m(""),l=E(async()=>(await $(ba,{email:n.trim()}),"Si un compte utilise cette adresse, un code vient de lui être envoyé (valable une heure).")),d=E(async()=>{await $(fa,{email:n.trim(),code:r.trim(),password:a}),await t(n.trim(),a)});return e("form",{"aria-label":"Choisir un mot de passe",onSubmit:s=>{s.preventDefault(),d.run()},children:[e("p",{children:"Première connexion ou mot de passe oublié : saisissez le code à usage unique que vous avez reçu, puis votre nouveau mot de passe."}),e(A,{label:"Adresse électronique du compte",type:"email",autocomplete:"username",value:n,onInput:o,required:!0}),e("button",{type:"button",class:"link",disabled:l.busy||!n.trim(),onClick:()=>void l.run(),children:"Recevoir un code par courriel"}),l.feedback,e(A,{label:"Code à usage unique",autocomplete:"one-time-code",value:r,onInput:i,required:!0}),e(A,{label:"Nouveau mot de passe",type:"password",autocomplete:"new-password",hint:"Au moins 12 caractères ; une phrase facile à retenir convient.",value:a,onInput:u,required:!0}),e("button",{type:"submit",class:"primary",disabled:d.busy||!n.trim()||!r.trim()||!a,children:"Enregistrer le mot de passe et se connecter"}),d.feedback,e(I,{kind:"info",children:"Toutes les autres sessions de ce compte sont fermées."})]})}var $a=f(`
  mutation SetTotp($code: String) {
    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }
  }
`);function Jo({onEnabled:t}){let[n,o]=m(null),[r,i]=m(""),[a,u]=m(null),[l,d]=m(!1),[s,y]=m(!1),b=async c=>{y(!0),u(null);try{let g=await $($a,{code:c});o(g.setTotp),g.setTotp.enabled&&t(),i("")}catch(g){g instanceof H&&g.code==="CONFLICT"?d(!0):u(N(g))}finally{y(!1)}};return e(q,{title:"Double authentification",id:"securite",children:[l&&e(I,{kind:"info",children:"La double authentification est déjà activée sur ce compte. Pour changer d’application, demandez sa réinitialisation à la préfecture."}),!n&&!l&&e(T,{children:[e("p",{children:"Protégez votre compte : à chaque connexion, un code de votre application d’authentification vous sera demandé en plus du mot de passe."}),e("button",{type:"button",disabled:s,onClick:()=>void b(null),children:"Activer la double authentification"})]}),n&&!n.enabled&&e("form",{"aria-label":"Confirmer la double authentification",onSubmit:c=>{c.preventDefault(),b(r.trim())},children:[e("p",{children:"Scannez ce code avec votre application d’authentification, puis saisissez le code qu’elle affiche."}),n.qrSvg&&e("img",{class:"qr",width:"200",height:"200",alt:"Code QR de l’application d’authentification",src:`data:image/svg+xml;charset=utf-8,${encodeURIComponent(n.qrSvg)}`}),n.secret&&e("p",{children:["Ou saisissez la clé à la main : ",e("code",{children:n.secret})]}),e(A,{label:"Code à 6 chiffres",autocomplete:"one-time-code",value:r,onInput:i,required:!0}),e("button",{type:"submit",class:"primary",disabled:s,children:"Confirmer"})]}),n?.enabled&&e(T,{children:[e(I,{kind:"success",children:"Double authentification activée."}),e("p",{children:"Codes de secours, chacun utilisable une fois si vous perdez votre téléphone. Conservez-les en lieu sûr : ils ne seront plus affichés."}),e("ul",{class:"plain recovery",children:(n.recoveryCodes??[]).map(c=>e("li",{children:e("code",{children:c})},c))})]}),a&&e(I,{kind:"error",children:a})]})}var Sa=["BRIGADE_STAFF","COORDINATOR","ADMIN","PARTNER"];function ha(){let[t,n]=m(void 0),[o,r]=m(null),[i,a]=m(0);_(()=>{let l=mo(d=>d===null&&n(null));return ge().then(u),l},[]);let u=async l=>{if(l&&!Sa.includes(l.role)){await ke(),r("Les consoles sont réservées aux brigades, aux coordinateurs communaux, aux partenaires et à la préfecture. Les habitants utilisent l’application mobile Vigie."),n(null);return}Do(l?.brigade?.timeZone??l?.coordinatedCommunes[0]?.timeZone),n(l)};return _(()=>{document.title=t?`${dt(t)} — Vigie`:"Connexion — Vigie"},[t]),t===void 0?e("p",{class:"loading",children:"Chargement…"}):t===null?e(Ca,{refused:o,onSignedIn:l=>void u(l)}):e(T,{children:[e("a",{class:"skip",href:"#contenu",children:"Aller au contenu"}),e("header",{class:"top",children:[e("div",{class:"brand",children:[e("img",{src:"/console/assets/vigie.svg",alt:"",width:"28",height:"28"}),e("span",{children:"Vigie"}),e("span",{class:"muted",children:dt(t)})]}),e("div",{class:"who",children:[e("span",{children:[t.displayName," — ",W[t.role]]}),e("button",{type:"button",onClick:()=>void ke(),children:"Se déconnecter"}),e("button",{type:"button",onClick:()=>void ke(!0),children:"Se déconnecter partout"})]})]}),e("main",{id:"contenu",tabIndex:-1,children:[e("h1",{children:dt(t)}),e("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),e("div",{children:[t.role==="BRIGADE_STAFF"&&t.brigade&&e(Go,{me:t}),t.role==="COORDINATOR"&&e(Yo,{me:t}),t.role==="ADMIN"&&e(xo,{me:t}),t.role==="PARTNER"&&e(ae,{})]},i),e(Jo,{onEnabled:()=>a(l=>l+1)})]})]})}function dt(t){return t.role==="BRIGADE_STAFF"?`Console de brigade — ${t.brigade?.name??""}`:t.role==="COORDINATOR"?`Console communale — ${t.coordinatedCommunes.map(n=>n.name).join(", ")}`:t.role==="PARTNER"?"Espace partenaire — groupes de partenariat":"Administration"}function Ca({refused:t,onSignedIn:n}){let[o,r]=m(""),[i,a]=m(""),[u,l]=m(""),[d,s]=m(!1),[y,b]=m(null),[c,g]=m(!1),[p,D]=m(!1),h=async(v,w,Q)=>{b(null);try{n(await bo(v,w,Q))}catch(V){V instanceof H&&V.code==="TOTP_REQUIRED"?s(!0):b(N(V))}},R=async v=>{v.preventDefault(),g(!0),await h(o.trim(),i,d?u.trim():null),g(!1)};return p?e("main",{class:"sign-in",id:"contenu",children:[e("img",{src:"/console/assets/vigie.svg",alt:"",width:"56",height:"56"}),e("h1",{children:"Vigie — choisir votre mot de passe"}),e(zo,{onChosen:async(v,w)=>{r(v),a(w),D(!1),await h(v,w,null)}}),e("button",{type:"button",class:"link",onClick:()=>D(!1),children:"Retour à la connexion"})]}):e("main",{class:"sign-in",id:"contenu",children:[e("img",{src:"/console/assets/vigie.svg",alt:"",width:"56",height:"56"}),e("h1",{children:"Vigie — consoles de la participation citoyenne"}),e("p",{children:"Brigades, coordinateurs communaux, partenaires et préfecture : connectez-vous avec votre compte Vigie."}),t&&e(I,{kind:"error",children:t}),e("form",{onSubmit:R,"aria-label":"Connexion",children:[e("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),e(A,{label:"Adresse électronique",type:"email",autocomplete:"username",value:o,onInput:r,required:!0}),e(A,{label:"Mot de passe",type:"password",autocomplete:"current-password",value:i,onInput:a,required:!0}),d&&e(A,{label:"Code de vérification",hint:"Le code à 6 chiffres de votre application d’authentification, ou un code de secours.",autocomplete:"one-time-code",value:u,onInput:l,required:!0}),y&&e(I,{kind:"error",children:y}),e("button",{type:"submit",class:"primary",disabled:c,children:"Se connecter"})]}),e("button",{type:"button",class:"link",onClick:()=>D(!0),children:"J’ai reçu un code à usage unique (première connexion, mot de passe oublié)"})]})}var Xo=document.getElementById("app");Xo&&Tt(e(ha,{}),Xo);})();
