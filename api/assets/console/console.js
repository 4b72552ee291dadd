"use strict";(()=>{var _e,k,Dt,gr,te,St,Rt,At,Ge,Ce,le,vt,Ke,je,We,yr,Ae={},ve=[],fr=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ee=Array.isArray;function z(t,n){for(var o in n)t[o]=n[o];return t}function Ze(t){t&&t.parentNode&&t.parentNode.removeChild(t)}function br(t,n,o){var r,i,s,u={};for(s in n)s=="key"?r=n[s]:s=="ref"?i=n[s]:u[s]=n[s];if(arguments.length>2&&(u.children=arguments.length>3?_e.call(arguments,2):o),typeof t=="function"&&t.defaultProps!=null)for(s in t.defaultProps)u[s]===void 0&&(u[s]=t.defaultProps[s]);return De(t,u,r,i,null)}function De(t,n,o,r,i){var s={type:t,props:n,key:o,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:i??++Dt,__i:-1,__u:0};return i==null&&k.vnode!=null&&k.vnode(s),s}function q(t){return t.children}function Re(t,n){this.props=t,this.context=n}function ne(t,n){if(n==null)return t.__?ne(t.__,t.__i+1):null;for(var o;n<t.__k.length;n++)if((o=t.__k[n])!=null&&o.__e!=null)return o.__e;return typeof t.type=="function"?ne(t):null}function Sr(t){if(t.__P&&t.__d){var n=t.__v,o=n.__e,r=[],i=[],s=z({},n);s.__v=n.__v+1,k.vnode&&k.vnode(s),Ye(t.__P,s,n,t.__n,t.__P.namespaceURI,32&n.__u?[o]:null,r,o??ne(n),!!(32&n.__u),i),s.__v=n.__v,s.__.__k[s.__i]=s,xt(r,s,i),n.__e=n.__=null,s.__e!=o&&It(s)}}function It(t){if((t=t.__)!=null&&t.__c!=null)return t.__e=t.__c.base=null,t.__k.some(function(n){if(n!=null&&n.__e!=null)return t.__e=t.__c.base=n.__e}),It(t)}function $t(t){(!t.__d&&(t.__d=!0)&&te.push(t)&&!Ie.__r++||St!=k.debounceRendering)&&((St=k.debounceRendering)||Rt)(Ie)}function Ie(){try{for(var t,n=1;te.length;)te.length>n&&te.sort(At),t=te.shift(),n=te.length,Sr(t)}finally{te.length=Ie.__r=0}}function _t(t,n,o,r,i,s,u,d,l,a,y){var f,c,g,p,D,S,R=r&&r.__k||ve,v=n.length;for(l=$r(o,n,R,l,v),f=0;f<v;f++)(g=o.__k[f])!=null&&(c=g.__i!=-1&&R[g.__i]||Ae,g.__i=f,S=Ye(t,g,c,i,s,u,d,l,a,y),p=g.__e,g.ref&&c.ref!=g.ref&&(c.ref&&ze(c.ref,null,g),y.push(g.ref,g.__c||p,g)),D==null&&p!=null&&(D=p),4&g.__u?(l=Et(g,l,t),c.__e&&(c.__e=null)):typeof g.type=="function"&&S!==void 0?l=S:p&&(l=p.nextSibling),g.__u&=-7);return o.__e=D,l}function $r(t,n,o,r,i){var s,u,d,l,a,y=o.length,f=y,c=0;for(t.__k=new Array(i),s=0;s<i;s++)(u=n[s])!=null&&typeof u!="boolean"&&typeof u!="function"?(typeof u=="string"||typeof u=="number"||typeof u=="bigint"||u.constructor==String?u=t.__k[s]=De(null,u,null,null,null):Ee(u)?u=t.__k[s]=De(q,{children:u},null,null,null):u.constructor===void 0&&u.__b>0?u=t.__k[s]=De(u.type,u.props,u.key,u.ref?u.ref:null,u.__v):t.__k[s]=u,l=s+c,u.__=t,u.__b=t.__b+1,d=null,(a=u.__i=hr(u,o,l,f))!=-1&&(f--,(d=o[a])&&(d.__u|=2)),d==null||d.__v==null?(a==-1&&(i>y?c--:i<y&&c++),typeof u.type!="function"&&(u.__u|=4)):a!=l&&(a==l-1?c--:a==l+1?c++:(a>l?c--:c++,u.__u|=4))):t.__k[s]=null;if(f)for(s=0;s<y;s++)(d=o[s])!=null&&(2&d.__u)==0&&(d.__e==r&&(r=ne(d)),qt(d,d));return r}function Et(t,n,o){var r,i;if(typeof t.type=="function"){for(r=t.__k,i=0;r&&i<r.length;i++)r[i]&&(r[i].__=t,n=Et(r[i],n,o));return n}t.__e!=n&&(n&&t.type&&!n.parentNode&&(n=ne(t)),n=o.insertBefore(t.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function hr(t,n,o,r){var i,s,u,d=t.key,l=t.type,a=n[o],y=a!=null&&(2&a.__u)==0;if(a===null&&d==null||y&&d==a.key&&l==a.type)return o;if(r>(y?1:0)){for(i=o-1,s=o+1;i>=0||s<n.length;)if((a=n[u=i>=0?i--:s++])!=null&&(2&a.__u)==0&&d==a.key&&l==a.type)return u}return-1}function ht(t,n,o){n[0]=="-"?t.setProperty(n,o??""):t[n]=o==null?"":typeof o!="number"||fr.test(n)?o:o+"px"}function he(t,n,o,r,i){var s,u;e:if(n=="style")if(typeof o=="string")t.style.cssText=o;else{if(typeof r=="string"&&(t.style.cssText=r=""),r)for(n in r)o&&n in o||ht(t.style,n,"");if(o)for(n in o)r&&o[n]==r[n]||ht(t.style,n,o[n])}else if(n[0]=="o"&&n[1]=="n")s=n!=(n=n.replace(vt,"$1")),u=n.toLowerCase(),n=u in t||n=="onFocusOut"||n=="onFocusIn"?u.slice(2):n.slice(2),t.l||(t.l={}),t.l[n+s]=o,o?r?o[le]=r[le]:(o[le]=Ke,t.addEventListener(n,s?We:je,s)):t.removeEventListener(n,s?We:je,s);else{if(i=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in t)try{t[n]=o??"";break e}catch{}typeof o=="function"||(o==null||o===!1&&n[4]!="-"?t.removeAttribute(n):t.setAttribute(n,n=="popover"&&o==1?"":o))}}function Ct(t){return function(n){if(this.l){var o=this.l[n.type+t];if(n[Ce]==null)n[Ce]=Ke++;else if(n[Ce]<o[le])return;return o(k.event?k.event(n):n)}}}function Ye(t,n,o,r,i,s,u,d,l,a){var y,f,c,g,p,D,S,R,v,w,B,V,F,G,L,ae,U=n.type;if(n.constructor!==void 0)return null;128&o.__u&&(l=!!(32&o.__u),s=[d=n.__e=o.__e]),(y=k.__b)&&y(n);e:if(typeof U=="function"){f=u.length;try{if(v=n.props,w=U.prototype&&U.prototype.render,B=(y=U.contextType)&&r[y.__c],V=y?B?B.props.value:y.__:r,o.__c?R=(c=n.__c=o.__c).__=c.__E:(w?n.__c=c=new U(v,V):(n.__c=c=new Re(v,V),c.constructor=U,c.render=Dr),B&&B.sub(c),c.state||(c.state={}),c.__n=r,g=c.__d=!0,c.__h=[],c._sb=[]),w&&c.__s==null&&(c.__s=c.state),w&&U.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=z({},c.__s)),z(c.__s,U.getDerivedStateFromProps(v,c.__s))),p=c.props,D=c.state,c.__v=n,g)w&&U.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),w&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(w&&U.getDerivedStateFromProps==null&&v!==p&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(v,V),n.__v==o.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(v,c.__s,V)===!1){n.__v!=o.__v&&(c.props=v,c.state=c.__s,c.__d=!1),n.__e=o.__e,n.__k=o.__k,n.__k.some(function(Z){Z&&(Z.__=n)}),ve.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&u.push(c),d=ne(o);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(v,c.__s,V),w&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(p,D,S)})}if(c.context=V,c.props=v,c.__P=t,c.__e=!1,F=k.__r,G=0,w)c.state=c.__s,c.__d=!1,F&&F(n),y=c.render(c.props,c.state,c.context),ve.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,F&&F(n),y=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++G<25);c.state=c.__s,c.getChildContext!=null&&(r=z(z({},r),c.getChildContext())),w&&!g&&c.getSnapshotBeforeUpdate!=null&&(S=c.getSnapshotBeforeUpdate(p,D)),L=y!=null&&y.type===q&&y.key==null?Pt(y.props.children):y,d=_t(t,Ee(L)?L:[L],n,o,r,i,s,u,d,l,a),c.base=n.__e,n.__u&=-161,c.__h.length&&u.push(c),R&&(c.__E=c.__=null)}catch(Z){if(u.length=f,n.__v=null,l||s!=null){if(Z.then){for(n.__u|=l?160:128;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;s!=null&&(s[s.indexOf(d)]=null),n.__e=d}else if(s!=null)for(ae=s.length;ae--;)Ze(s[ae])}else n.__e=o.__e;n.__k==null&&(n.__k=o.__k||[]),Z.then||Nt(n),k.__e(Z,n,o)}}else s==null&&n.__v==o.__v?(n.__k=o.__k,n.__e=o.__e):d=n.__e=Cr(o.__e,n,o,r,i,s,u,l,a);return(y=k.diffed)&&y(n),128&n.__u?void 0:d}function Nt(t){t&&(t.__c&&(t.__c.__e=!0),t.__k&&t.__k.some(Nt))}function xt(t,n,o){for(var r=0;r<o.length;r++)ze(o[r],o[++r],o[++r]);k.__c&&k.__c(n,t),t.some(function(i){try{t=i.__h,i.__h=[],t.some(function(s){s.call(i)})}catch(s){k.__e(s,i.__v)}})}function Pt(t){return typeof t!="object"||t==null||t.__b>0?t:Ee(t)?t.map(Pt):t.constructor!==void 0?null:z({},t)}function Cr(t,n,o,r,i,s,u,d,l){var a,y,f,c,g,p,D,S=o.props||Ae,R=n.props,v=n.type;if(v=="svg"?i="http://www.w3.org/2000/svg":v=="math"?i="http://www.w3.org/1998/Math/MathML":i||(i="http://www.w3.org/1999/xhtml"),s!=null){for(a=0;a<s.length;a++)if((g=s[a])&&"setAttribute"in g==!!v&&(v?g.localName==v:g.nodeType==3)){t=g,s[a]=null;break}}if(t==null){if(v==null)return document.createTextNode(R);t=document.createElementNS(i,v,R.is&&R),d&&(k.__m&&k.__m(n,s),d=!1),s=null}if(v==null)S===R||d&&t.data==R||(t.data=R);else{if(s=v=="textarea"&&R.defaultValue!=null?null:s&&_e.call(t.childNodes),!d&&s!=null)for(S={},a=0;a<t.attributes.length;a++)S[(g=t.attributes[a]).name]=g.value;for(a in S)g=S[a],a=="dangerouslySetInnerHTML"?f=g:a=="children"||a in R||a=="value"&&"defaultValue"in R||a=="checked"&&"defaultChecked"in R||he(t,a,null,g,i);for(a in R)g=R[a],a=="children"?c=g:a=="dangerouslySetInnerHTML"?y=g:a=="value"?p=g:a=="checked"?D=g:d&&typeof g!="function"||S[a]===g||he(t,a,g,S[a],i);if(y)d||f&&(y.__html==f.__html||y.__html==t.innerHTML)||(t.innerHTML=y.__html),n.__k=[];else if(f&&(t.innerHTML=""),_t(n.type=="template"?t.content:t,Ee(c)?c:[c],n,o,r,v=="foreignObject"?"http://www.w3.org/1999/xhtml":i,s,u,s?s[0]:o.__k&&ne(o,0),d,l),s!=null)for(a=s.length;a--;)Ze(s[a]);d&&v!="textarea"||(a="value",v=="progress"&&p==null?t.removeAttribute("value"):p!=null&&(p!==t[a]||v=="progress"&&!p||v=="option"&&p!=S[a])&&he(t,a,p,S[a],i),a="checked",D!=null&&D!=t[a]&&he(t,a,D,S[a],i))}return t}function ze(t,n,o){try{if(typeof t=="function"){var r=typeof t.__u=="function";r&&t.__u(),r&&n==null||(t.__u=t(n))}else t.current=n}catch(i){k.__e(i,o)}}function qt(t,n,o){var r,i;if(k.unmount&&k.unmount(t),(r=t.ref)&&(r.current&&r.current!=t.__e||ze(r,null,n)),(r=t.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(s){k.__e(s,n)}r.base=r.__P=r.__n=null}if(r=t.__k)for(i=0;i<r.length;i++)r[i]&&qt(r[i],n,o||typeof t.type!="function");o||Ze(t.__e),t.__c=t.__=t.__e=void 0}function Dr(t,n,o){return this.constructor(t,o)}function Tt(t,n,o){var r,i,s,u;n==document&&(n=document.documentElement),k.__&&k.__(t,n),i=(r=typeof o=="function")?null:o&&o.__k||n.__k,s=[],u=[],Ye(n,t=(!r&&o||n).__k=br(q,null,[t]),i||Ae,Ae,n.namespaceURI,!r&&o?[o]:i?null:n.firstChild?_e.call(n.childNodes):null,s,!r&&o?o:i?i.__e:n.firstChild,r,u),xt(s,t,u),t.props.children=null}_e=ve.slice,k={__e:function(t,n,o,r){for(var i,s,u;n=n.__;)if((i=n.__c)&&!i.__)try{if((s=i.constructor)&&s.getDerivedStateFromError!=null&&(i.setState(s.getDerivedStateFromError(t)),u=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(t,r||{}),u=i.__d),u)return i.__E=i}catch(d){t=d}throw t}},Dt=0,gr=function(t){return t!=null&&t.constructor===void 0},Re.prototype.setState=function(t,n){var o;o=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=z({},this.state),typeof t=="function"&&(t=t(z({},o),this.props)),t&&z(o,t),t!=null&&this.__v&&(n&&this._sb.push(n),$t(this))},Re.prototype.forceUpdate=function(t){this.__v&&(this.__e=!0,t&&this.__h.push(t),$t(this))},Re.prototype.render=q,te=[],Rt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,At=function(t,n){return t.__v.__b-n.__v.__b},Ie.__r=0,Ge=Math.random().toString(8),Ce="__d"+Ge,le="__a"+Ge,vt=/(PointerCapture)$|Capture$/i,Ke=0,je=Ct(!1),We=Ct(!0),yr=0;var ce,M,Je,kt,me=0,Lt=[],O=k,wt=O.__b,Mt=O.__r,Ot=O.diffed,Qt=O.__c,Bt=O.unmount,Vt=O.__;function et(t,n){O.__h&&O.__h(M,t,me||n),me=0;var o=M.__H||(M.__H={__:[],__h:[]});return t>=o.__.length&&o.__.push({}),o.__[t]}function m(t){return me=1,Rr(Ht,t)}function Rr(t,n,o){var r=et(ce++,2);if(r.t=t,!r.__c&&(r.__=[o?o(n):Ht(void 0,n),function(d){var l=r.__N?r.__N[0]:r.__[0],a=r.t(l,d);l!==a&&(r.__N=[a,r.__[1]],r.__c.setState({}))}],r.__c=M,!M.__f)){var i=function(d,l,a){if(!r.__c.__H)return!0;var y=!1,f=r.__c.props!==d;if(r.__c.__H.__.some(function(g){if(g.__N){y=!0;var p=g.__[0];g.__=g.__N,g.__N=void 0,p!==g.__[0]&&(f=!0)}}),s){var c=s.call(this,d,l,a);return y?c||f:c}return!y||f};M.__f=!0;var s=M.shouldComponentUpdate,u=M.componentWillUpdate;M.componentWillUpdate=function(d,l,a){if(this.__e){var y=s;s=void 0,i(d,l,a),s=y}u&&u.call(this,d,l,a)},M.shouldComponentUpdate=i}return r.__N||r.__}function _(t,n){var o=et(ce++,3);!O.__s&&Ut(o.__H,n)&&(o.__=t,o.u=n,M.__H.__h.push(o))}function xe(t){return me=5,j(function(){return{current:t}},[])}function j(t,n){var o=et(ce++,7);return Ut(o.__H,n)&&(o.__=t(),o.__H=n,o.__h=t),o.__}function Pe(t,n){return me=8,j(function(){return t},n)}function Ar(){for(var t;t=Lt.shift();){var n=t.__H;if(t.__P&&n)try{n.__h.some(Ne),n.__h.some(Xe),n.__h=[]}catch(o){n.__h=[],O.__e(o,t.__v)}}}O.__b=function(t){M=null,wt&&wt(t)},O.__=function(t,n){t&&n.__k&&n.__k.__m&&(t.__m=n.__k.__m),Vt&&Vt(t,n)},O.__r=function(t){Mt&&Mt(t),ce=0;var n=(M=t.__c).__H;n&&(Je===M?(n.__h=[],M.__h=[],n.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})):(n.__h.some(Ne),n.__h.some(Xe),n.__h=[],ce=0)),Je=M},O.diffed=function(t){Ot&&Ot(t);var n=t.__c;n&&n.__H&&(n.__H.__h.length&&(Lt.push(n)!==1&&kt===O.requestAnimationFrame||((kt=O.requestAnimationFrame)||vr)(Ar)),n.__H.__.some(function(o){o.u&&(o.__H=o.u,o.u=void 0)})),Je=M=null},O.__c=function(t,n){n.some(function(o){try{o.__h.some(Ne),o.__h=o.__h.filter(function(r){return!r.__||Xe(r)})}catch(r){n.some(function(i){i.__h&&(i.__h=[])}),n=[],O.__e(r,o.__v)}}),Qt&&Qt(t,n)},O.unmount=function(t){Bt&&Bt(t);var n,o=t.__c;o&&o.__H&&(o.__H.__.some(function(r){try{Ne(r)}catch(i){n=i}}),o.__H=void 0,n&&O.__e(n,o.__v))};var Ft=typeof requestAnimationFrame=="function";function vr(t){var n,o=function(){clearTimeout(r),Ft&&cancelAnimationFrame(n),setTimeout(t)},r=setTimeout(o,35);Ft&&(n=requestAnimationFrame(o))}function Ne(t){var n=M,o=t.__c;typeof o=="function"&&(t.__c=void 0,o()),M=n}function Xe(t){var n=M;t.__c=t.__(),M=n}function Ut(t,n){return!t||t.length!==n.length||n.some(function(o,r){return o!==t[r]})}function Ht(t,n){return typeof n=="function"?n(t):n}var h=class extends String{__apiType;value;__meta__;constructor(n,o){super(n),this.value=n,this.__meta__=o}toString(){return this.value}},Gt=new h(`
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
    `,{fragmentName:"Me"}),jt=new h(`
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
    `),Wt=new h(`
    mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {
  decideAbuseFlag(id: $id, suspend: $suspend, note: $note) {
    id
    status
  }
}
    `),Kt=new h(`
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
    `),Zt=new h(`
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
    `),Yt=new h(`
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
    `),zt=new h(`
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
    `),Jt=new h(`
    mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
  setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) {
    code
  }
}
    `),Xt=new h(`
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
    `),en=new h(`
    mutation EnableAccount($id: ID!) {
  enableAccount(userId: $id) {
    id
  }
}
    `),tn=new h(`
    mutation DisableAccount($id: ID!) {
  disableAccount(userId: $id, reason: "Désactivé depuis la console") {
    id
  }
}
    `),nn=new h(`
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
    `),on=new h(`
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
}`),rn=new h(`
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
}`),sn=new h(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `),an=new h(`
    mutation EndSession {
  endSession
}
    `),un=new h(`
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
    `),dn=new h(`
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
          displayName
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
    `),ln=new h(`
    query QueueOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),cn=new h(`
    subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
  brigadeQueueEvents(brigadeId: $brigade, after: $after) {
    id
    reportId
    kind
    status
  }
}
    `),mn=new h(`
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
    `),pn=new h(`
    mutation BroadcastToResidents($input: BroadcastInput!) {
  broadcastToResidents(input: $input) {
    id
    recipients
  }
}
    `),gn=new h(`
    mutation OpenProblemCase($input: ProblemCaseInput!) {
  openProblemCase(input: $input) {
    id
    title
  }
}
    `),yn=new h(`
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
    `),fn=new h(`
    mutation AddProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {
  addProblemCaseMember(
    caseId: $case
    userId: $user
    organisationId: $organisation
  ) {
    id
  }
}
    `),bn=new h(`
    mutation RemoveProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {
  removeProblemCaseMember(
    caseId: $case
    userId: $user
    organisationId: $organisation
  ) {
    id
  }
}
    `),Sn=new h(`
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
    `),$n=new h(`
    mutation LinkReportsToProblemCase($case: ID!, $reports: [ID!]!) {
  linkReportsToProblemCase(caseId: $case, reportIds: $reports) {
    id
  }
}
    `),hn=new h(`
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
    `),Cn=new h(`
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
    `),Dn=new h(`
    mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {
  saveProblemCaseAction(caseId: $case, input: $input) {
    id
  }
}
    `),Rn=new h(`
    mutation CloseProblemCase($case: ID!, $assessment: String!) {
  closeProblemCase(caseId: $case, assessment: $assessment) {
    id
    status
  }
}
    `),An=new h(`
    mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {
  recordProblemCaseMeeting(caseId: $case, input: $input) {
    id
  }
}
    `),vn=new h(`
    subscription CoordinatorFeed {
  myNotifications {
    kind
  }
}
    `),In=new h(`
    query CommuneBilan($code: String!, $year: Int!) {
  communeBilan(communeCode: $code, year: $year) {
    total
    threshold
    csv
  }
}
    `),_n=new h(`
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
    `),En=new h(`
    mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
  decideEnrolment(userId: $id, approve: $approve, reason: $reason) {
    id
  }
}
    `),Nn=new h(`
    mutation SuspendResident($id: ID!, $reason: String!) {
  suspendResident(userId: $id, reason: $reason) {
    id
  }
}
    `),xn=new h(`
    mutation ReinstateResident($id: ID!) {
  reinstateResident(userId: $id) {
    id
  }
}
    `),Pn=new h(`
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
    `),qn=new h(`
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
    `),Tn=new h(`
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
    `),kn=new h(`
    query DepartementOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),wn=new h(`
    query DepartementChoices {
  brigades {
    departement
  }
}
    `),Mn=new h(`
    mutation ConfirmIncident($id: ID!) {
  confirmIncident(incidentId: $id) {
    id
    confirmed
  }
}
    `),On=new h(`
    mutation SplitReportFromIncident($id: ID!, $reason: String) {
  splitReportFromIncident(reportId: $id, reason: $reason) {
    id
  }
}
    `),Qn=new h(`
    mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {
  transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) {
    id
    status
  }
}
    `),Bn=new h(`
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
    `),Vn=new h(`
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
    `),Fn=new h(`
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
    `),Ln=new h(`
    query PartnerOrganisations($departement: String!) {
  partnerOrganisations(departement: $departement) {
    id
    name
    kind
    departement
  }
}
    `),Un=new h(`
    query PartnerAccounts($organisation: ID!) {
  partnerAccounts(organisationId: $organisation) {
    id
    displayName
    email
    phone
    disabledAt
  }
}
    `),Hn=new h(`
    mutation SavePartnerOrganisation($input: PartnerOrganisationInput!) {
  savePartnerOrganisation(input: $input) {
    id
    name
    kind
  }
}
    `),Gn=new h(`
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
    `),jn=new h(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `),Wn=new h(`
    mutation ResetPassword($email: String!, $code: String!, $password: String!) {
  resetPassword(email: $email, code: $code, newPassword: $password)
}
    `),Kn=new h(`
    query ReferentCandidates {
  brigadeStaff {
    id
    displayName
    rank
  }
}
    `),Zn=new h(`
    query ReferentHistory($code: String!) {
  referentHistory(communeCode: $code) {
    startedAt
    endedAt
    referent {
      displayName
    }
  }
}
    `),Yn=new h(`
    mutation DesignateReferent($code: String!, $user: ID!) {
  designateReferent(communeCode: $code, userId: $user) {
    code
    referent {
      id
      displayName
    }
  }
}
    `),zn=new h(`
    mutation EndReferent($code: String!) {
  endReferent(communeCode: $code) {
    code
  }
}
    `),Jn=new h(`
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
    `),Xn=new h(`
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
    `),eo=new h(`
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
    `),to=new h(`
    mutation OpenSecurityRequest($input: SecurityRequestInput!) {
  openSecurityRequest(input: $input) {
    id
    status
  }
}
    `),no=new h(`
    mutation ReplyToSecurityRequest($id: ID!, $body: String!) {
  replyToSecurityRequest(id: $id, body: $body) {
    id
    status
  }
}
    `),oo=new h(`
    mutation CloseSecurityRequest($id: ID!) {
  closeSecurityRequest(id: $id) {
    id
    status
  }
}
    `),ro=new h(`
    mutation SetTotp($code: String) {
  setTotp(code: $code) {
    uri
    qrSvg
    secret
    enabled
    recoveryCodes
  }
}
    `),io=new h(`
    query MySmsAlerts {
  me {
    id
    phone
    smsAlerts
  }
}
    `),so=new h(`
    mutation SetSmsAlerts($enabled: Boolean!) {
  setSmsAlerts(enabled: $enabled) {
    id
    smsAlerts
  }
}
    `),ao=new h(`
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
    `),uo=new h(`
    mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
  addReportNote(
    reportId: $id
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
  }
}
    `),lo=new h(`
    mutation MarkDuplicate($id: ID!, $of: ID!) {
  markDuplicate(reportId: $id, duplicateOf: $of) {
    id
    status
  }
}
    `),co=new h(`
    mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
  rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) {
    id
  }
}
    `),mo=new h(`
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
    `),po=new h(`
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
    `),go=new h(`
    mutation CloseInterventionAlert($id: ID!, $message: String!) {
  closeInterventionAlert(id: $id, message: $message) {
    id
    closedAt
  }
}
    `),yo=new h(`
    query BrigadeStaff {
  brigadeStaff {
    id
    displayName
    rank
    commander
  }
}
    `),fo=new h(`
    mutation AssignReport($id: ID!, $user: ID) {
  assignReport(reportId: $id, userId: $user) {
    id
    assignee {
      id
      displayName
    }
  }
}
    `),bo=new h(`
    mutation FlagReporterAbuse($id: ID!, $reason: String!) {
  flagReporterAbuse(reportId: $id, reason: $reason) {
    id
    status
  }
}
    `),So=new h(`
    mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
  setReportPriority(reportId: $id, priority: $priority, reason: $reason) {
    id
    priority
  }
}
    `);var _r={"\n  query AbuseFlags($code: String!) {\n    abuseFlags(communeCode: $code, status: OPEN, first: 50) {\n      totalCount\n      nodes { id reason createdAt resident { displayName email } brigade { name } }\n    }\n  }\n":jt,"\n  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {\n    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }\n  }\n":Wt,"\n  query AdminBrigades {\n    brigades { id code name kind phone communes { code } }\n  }\n":Kt,"\n  query AdminCategories {\n    categories { code label urgency order active diversion }\n  }\n":Zt,"\n  query RoutingSetup {\n    communes(participating: true) { code name brigade { name } }\n    categories { code label }\n    brigades { id name }\n  }\n":Yt,"\n  query RoutingRules($c: String!) {\n    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }\n  }\n":zt,"\n  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {\n    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }\n  }\n":Jt,"\n  query Accounts($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }\n    }\n  }\n":Xt,"\n  mutation EnableAccount($id: ID!) {\n    enableAccount(userId: $id) { id }\n  }\n":en,'\n  mutation DisableAccount($id: ID!) {\n    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }\n  }\n':tn,"\n  query Audit($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at kind targetType targetId actor { displayName } }\n    }\n  }\n":nn,"\n  fragment Me on User {\n    id\n    displayName\n    email\n    role\n    rank\n    commander\n    brigade { id code name departement timeZone }\n    coordinatedCommunes { code name timeZone }\n  }\n":Gt,"\n  mutation ResumeSession {\n    resumeSession { accessToken expiresIn user { ...Me } }\n  }\n":on,"\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }\n  }\n":rn,"\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n":sn,"\n  mutation EndSession {\n    endSession\n  }\n":an,"\n  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {\n    brigadeQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status description createdAt priority overdue assignee { displayName } incident { id reportCount } category { code label urgency } commune { code name } location { latitude longitude } }\n    }\n  }\n":un,"\n  query BrigadeSetup {\n    categories { code label }\n    me { brigade { communes { code name referent { id displayName } } } }\n    brigadeTo: brigades { id code name }\n  }\n":dn,"\n  query QueueOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":ln,"\n  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {\n    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }\n  }\n":cn,"\n  query CommuneBroadcasts($code: String!, $after: String) {\n    broadcasts(communeCode: $code, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title body sender recipients createdAt expiresAt }\n    }\n  }\n":mn,"\n  mutation BroadcastToResidents($input: BroadcastInput!) {\n    broadcastToResidents(input: $input) { id recipients }\n  }\n":pn,"\n  mutation OpenProblemCase($input: ProblemCaseInput!) {\n    openProblemCase(input: $input) { id title }\n  }\n":gn,"\n  query CaseCandidates($case: ID!) {\n    problemCaseCandidates(caseId: $case) { userId organisationId displayName role brigadeName organisation { name kind } }\n  }\n":yn,"\n  mutation AddProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {\n    addProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }\n  }\n":fn,"\n  mutation RemoveProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {\n    removeProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }\n  }\n":bn,"\n  query CaseSuggestions($case: ID!, $from: DateTime!, $to: DateTime!) {\n    problemCaseSuggestions(caseId: $case, from: $from, to: $to) { id status createdAt observedAt category { label } commune { name } }\n  }\n":Sn,"\n  mutation LinkReportsToProblemCase($case: ID!, $reports: [ID!]!) {\n    linkReportsToProblemCase(caseId: $case, reportIds: $reports) { id }\n  }\n":$n,"\n  query ProblemCases($after: String) {\n    problemCases(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status communeCodes openedAt }\n    }\n  }\n":hn,"\n  query ProblemCaseDetail($id: ID!) {\n    problemCase(id: $id) {\n      id title problem status managedByMe openedAt closedAt assessment\n      evaluation { windowDays totalBefore totalAfter afterComplete }\n      members { userId organisationId displayName role brigadeName organisation { name } }\n      reports { categoryCode status communeCode observedOn }\n      actions { id title owner dueOn status outcome }\n      meetings { id heldOn attendees minutes }\n    }\n  }\n":Cn,"\n  mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {\n    saveProblemCaseAction(caseId: $case, input: $input) { id }\n  }\n":Dn,"\n  mutation CloseProblemCase($case: ID!, $assessment: String!) {\n    closeProblemCase(caseId: $case, assessment: $assessment) { id status }\n  }\n":Rn,"\n  mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {\n    recordProblemCaseMeeting(caseId: $case, input: $input) { id }\n  }\n":An,"\n  subscription CoordinatorFeed {\n    myNotifications { kind }\n  }\n":vn,"\n  query CommuneBilan($code: String!, $year: Int!) {\n    communeBilan(communeCode: $code, year: $year) { total threshold csv }\n  }\n":In,"\n  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {\n    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email phone enrolmentStatus }\n    }\n  }\n":_n,"\n  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {\n    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }\n  }\n":En,"\n  mutation SuspendResident($id: ID!, $reason: String!) {\n    suspendResident(userId: $id, reason: $reason) { id }\n  }\n":Nn,"\n  mutation ReinstateResident($id: ID!) {\n    reinstateResident(userId: $id) { id }\n  }\n":xn,"\n  query CommuneAlerts($code: String!) {\n    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }\n  }\n":Pn,"\n  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {\n    communeOutlines(codes: [$code]) { code name polygons }\n    communeActivity(communeCode: $code, from: $from, to: $to) {\n      total\n      medianSecondsToAcknowledge\n      byCategory { key count }\n      byStatus { key count }\n      byWeek { key count }\n      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }\n    }\n    categories { code label }\n  }\n":qn,"\n  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {\n    departementActivity(departement: $departement, from: $from, to: $to) {\n      total\n      communes { code name participating total open }\n      byWeek { key count }\n      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }\n      cells { latitude longitude count }\n    }\n  }\n":Tn,"\n  query DepartementOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":kn,"\n  query DepartementChoices {\n    brigades { departement }\n  }\n":wn,"\n  mutation ConfirmIncident($id: ID!) {\n    confirmIncident(incidentId: $id) { id confirmed }\n  }\n":Mn,"\n  mutation SplitReportFromIncident($id: ID!, $reason: String) {\n    splitReportFromIncident(reportId: $id, reason: $reason) { id }\n  }\n":On,"\n  mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {\n    transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) { id status }\n  }\n":Qn,"\n  query AdminCommunes($departement: String!, $participating: Boolean) {\n    communes(departement: $departement, participating: $participating) {\n      code name participating participatingSince brigade { name } referent { displayName }\n    }\n  }\n":Bn,"\n  query ParticipationHistory($code: String!) {\n    participationHistory(communeCode: $code) {\n      joinedOn protocolReference leftOn leavingReference updatedAt recordedBy { displayName }\n    }\n  }\n":Vn,"\n  mutation SetCommuneParticipation($code: String!, $participating: Boolean!, $on: Date!, $reference: String) {\n    setCommuneParticipation(communeCode: $code, participating: $participating, effectiveOn: $on, protocolReference: $reference) {\n      code participating participatingSince\n    }\n  }\n":Fn,"\n  query PartnerOrganisations($departement: String!) {\n    partnerOrganisations(departement: $departement) { id name kind departement }\n  }\n":Ln,"\n  query PartnerAccounts($organisation: ID!) {\n    partnerAccounts(organisationId: $organisation) { id displayName email phone disabledAt }\n  }\n":Un,"\n  mutation SavePartnerOrganisation($input: PartnerOrganisationInput!) {\n    savePartnerOrganisation(input: $input) { id name kind }\n  }\n":Hn,"\n  mutation CreatePartnerAccount($input: PartnerAccountInput!) {\n    createPartnerAccount(input: $input) { user { id displayName email } resetCode { code expiresAt } }\n  }\n":Gn,"\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n":jn,"\n  mutation ResetPassword($email: String!, $code: String!, $password: String!) {\n    resetPassword(email: $email, code: $code, newPassword: $password)\n  }\n":Wn,"\n  query ReferentCandidates {\n    brigadeStaff { id displayName rank }\n  }\n":Kn,"\n  query ReferentHistory($code: String!) {\n    referentHistory(communeCode: $code) { startedAt endedAt referent { displayName } }\n  }\n":Zn,"\n  mutation DesignateReferent($code: String!, $user: ID!) {\n    designateReferent(communeCode: $code, userId: $user) { code referent { id displayName } }\n  }\n":Yn,"\n  mutation EndReferent($code: String!) {\n    endReferent(communeCode: $code) { code }\n  }\n":zn,"\n  query ReportDetail($id: ID!) {\n    report(id: $id) {\n      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue\n      assignee { id displayName }\n      category { code label urgency }\n      commune { code name }\n      brigade { id name }\n      location { latitude longitude }\n      photos { id url }\n      reporter { displayName email phone }\n      duplicateOf { id }\n      events { id kind status publicNote internalNote actorRole at }\n      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }\n      incident { id confirmed reportCount reports { id status observedAt category { label } } }\n    }\n  }\n":Jn,"\n  query SecurityRequests($status: SecurityRequestStatus, $after: String) {\n    securityRequests(filter: { status: $status }, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id communeCode topic subject status updatedAt }\n    }\n  }\n":Xn,"\n  query SecurityRequestThread($id: ID!) {\n    securityRequest(id: $id) { id status messages { authorRole body createdAt } }\n  }\n":eo,"\n  mutation OpenSecurityRequest($input: SecurityRequestInput!) {\n    openSecurityRequest(input: $input) { id status }\n  }\n":to,"\n  mutation ReplyToSecurityRequest($id: ID!, $body: String!) {\n    replyToSecurityRequest(id: $id, body: $body) { id status }\n  }\n":no,"\n  mutation CloseSecurityRequest($id: ID!) {\n    closeSecurityRequest(id: $id) { id status }\n  }\n":oo,"\n  mutation SetTotp($code: String) {\n    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }\n  }\n":ro,"\n  query MySmsAlerts {\n    me { id phone smsAlerts }\n  }\n":io,"\n  mutation SetSmsAlerts($enabled: Boolean!) {\n    setSmsAlerts(enabled: $enabled) { id smsAlerts }\n  }\n":so,"\n  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {\n    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }\n  }\n":ao,"\n  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {\n    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }\n  }\n":uo,"\n  mutation MarkDuplicate($id: ID!, $of: ID!) {\n    markDuplicate(reportId: $id, duplicateOf: $of) { id status }\n  }\n":lo,"\n  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {\n    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }\n  }\n":co,"\n  query ReportAlerts($commune: String!) {\n    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }\n  }\n":mo,"\n  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {\n    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }\n  }\n":po,"\n  mutation CloseInterventionAlert($id: ID!, $message: String!) {\n    closeInterventionAlert(id: $id, message: $message) { id closedAt }\n  }\n":go,"\n  query BrigadeStaff {\n    brigadeStaff { id displayName rank commander }\n  }\n":yo,"\n  mutation AssignReport($id: ID!, $user: ID) {\n    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }\n  }\n":fo,"\n  mutation FlagReporterAbuse($id: ID!, $reason: String!) {\n    flagReporterAbuse(reportId: $id, reason: $reason) { id status }\n  }\n":bo,"\n  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {\n    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }\n  }\n":So};function b(t){return _r[t]??{}}var H=class extends Error{constructor(o,r,i=null){super(o);this.code=r;this.field=i}};b(`
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
`);var Er=b(`
  mutation ResumeSession {
    resumeSession { accessToken expiresIn user { ...Me } }
  }
`),Nr=b(`
  mutation Login($email: String!, $password: String!, $totpCode: String) {
    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }
  }
`),xr=b(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`),Pr=b(`
  mutation EndSession {
    endSession
  }
`),J=null,Te=0,tt=null,nt=new Set;function $o(t){return nt.add(t),()=>nt.delete(t)}function ho(t){return J=t.accessToken,Te=Date.now()+t.expiresIn*1e3,t.user}function Co(){J=null,Te=0,nt.forEach(t=>t(null))}async function Do(){return J&&Date.now()>Te-3e4&&await ge(),J}async function pe(t,n){let o={"content-type":"application/json"};J&&(o.authorization=`Bearer ${J}`);let r;try{r=await fetch("/graphql",{method:"POST",headers:o,credentials:"same-origin",body:JSON.stringify({query:t.toString(),variables:n})})}catch{throw new H("Le serveur est injoignable. Vérifiez la connexion puis réessayez.","NETWORK")}try{return await r.json()}catch{throw new H(`Réponse illisible du serveur (HTTP ${r.status}).`,"INTERNAL")}}function qe(t){let n=t?.errors?.[0];return n?new H(n.message??"Erreur",n.extensions?.code??"INTERNAL",n.extensions?.field??null):null}async function $(t,...[n]){J&&Date.now()>Te-3e4&&await ge();let o=n??{},r=await pe(t,o),i=qe(r);if(i?.code==="UNAUTHENTICATED"&&J&&await ge()&&(r=await pe(t,o),i=qe(r)),i)throw i.code==="UNAUTHENTICATED"&&Co(),i;if(!r.data)throw new H("Réponse vide du serveur.","INTERNAL");return r.data}function ge(){return tt??=(async()=>{try{let t=await pe(Er,{});return qe(t)||!t.data?(J=null,null):ho(t.data.resumeSession)}catch{return null}finally{tt=null}})(),tt}async function Ro(t,n,o=null){let r=await pe(Nr,{email:t,password:n,totpCode:o}),i=qe(r);if(i)throw i;if(!r.data)throw new H("Réponse vide du serveur.","INTERNAL");return ho(r.data.login)}async function ke(t=!1){try{t?await $(xr):await pe(Pr,{})}finally{Co()}}var Q={SUBMITTED:"Reçu",ACKNOWLEDGED:"Pris en compte",IN_PROGRESS:"Intervention en cours",RESOLVED:"Traité",REJECTED:"Classé sans suite",DUPLICATE:"Doublon",WITHDRAWN:"Retiré"};function Ao(t){return Object.hasOwn(Q,t)?Q[t]:t}var vo=["SUBMITTED","ACKNOWLEDGED","IN_PROGRESS"],Io={FILED:"Signalement déposé",STATUS_CHANGED:"Statut modifié",NOTE:"Réponse au signalant",INTERNAL_NOTE:"Note interne",COMMENT:"Précision du signalant",PHOTOS_ADDED:"Photos ajoutées",REROUTED:"Transmis à une autre unité",DUPLICATE_LINKED:"Rattaché comme doublon",WITHDRAWN:"Retiré par le signalant",ASSIGNED:"Attribution",PRIORITY_CHANGED:"Priorité modifiée",ESCALATED:"Délai dépassé, hiérarchie prévenue",INCIDENT_CHANGED:"Regroupement en incident"},W={RESIDENT:"Habitant",COORDINATOR:"Coordinateur communal",BRIGADE_STAFF:"Personnel de brigade",ADMIN:"Administrateur",PARTNER:"Partenaire"},ye={PENDING:"En attente",APPROVED:"Approuvée",REJECTED:"Refusée",SUSPENDED:"Suspendue"},_o={COMMUNE_DEFAULT:"Brigade de la commune",CATEGORY_OVERRIDE:"Règle par catégorie",REROUTED:"Transmis"},X={3:"Immédiate",2:"Élevée",1:"Normale",0:"Faible"},Eo=[3,2,1,0],ot=t=>new Intl.DateTimeFormat("fr-FR",{dateStyle:"short",timeStyle:"short",timeZone:t}),rt=ot("Europe/Paris");function No(t){try{rt=ot(t||"Europe/Paris")}catch{rt=ot("Europe/Paris")}}var qr=new Intl.DateTimeFormat("fr-FR",{day:"numeric",month:"short",timeZone:"UTC"});function P(t){return rt.format(new Date(t))}function Y(t){return qr.format(new Date(`${t}T00:00:00Z`))}function xo(t,n=Date.now()){let o=Math.max(0,Math.round((n-new Date(t).getTime())/6e4));if(o<1)return"à l’instant";if(o<60)return`il y a ${o} min`;let r=Math.round(o/60);return r<48?`il y a ${r} h`:`il y a ${Math.round(r/24)} j`}function we(t){return t==null?"—":t<3600?`${Math.round(t/60)} min`:t<172800?`${(t/3600).toFixed(1).replace(".",",")} h`:`${Math.round(t/86400)} j`}var Tr=0,Zs=Array.isArray;function e(t,n,o,r,i,s){n||(n={});var u,d,l=n;if("ref"in l)for(d in l={},n)d=="ref"?u=n[d]:l[d]=n[d];var a={type:t,props:l,key:o,ref:u,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Tr,__i:-1,__u:0,__source:i,__self:s};if(typeof t=="function"&&(u=t.defaultProps))for(d in u)l[d]===void 0&&(l[d]=u[d]);return k.vnode&&k.vnode(a),a}function Po(t){let n=new Date(`${t}T00:00:00Z`);return n.setUTCDate(n.getUTCDate()-(n.getUTCDay()+6)%7),n}function Me(t,n,o){let r=new Map(t.map(u=>[u.key,u.count])),i=[],s=Po(o);for(let u=Po(n);u<=s&&i.length<530;u.setUTCDate(u.getUTCDate()+7)){let d=u.toISOString().slice(0,10);i.push({key:d,count:r.get(d)??0})}return i.length?i:t}function Oe({weeks:t}){if(t.every(s=>s.count===0))return e("p",{class:"muted",children:"Aucun signalement sur la période."});let n=Math.max(...t.map(s=>s.count)),o=180,r=Math.min(48,640/t.length),i=r*t.length;return e("figure",{class:"chart","data-testid":"weekly-chart",children:[e("svg",{viewBox:`0 0 ${i} ${o+24}`,role:"img","aria-labelledby":"weekly-caption",children:t.map((s,u)=>{let d=n?Math.max(2,s.count/n*o):0;return e("g",{children:[e("rect",{x:u*r+2,y:o-d,width:Math.max(2,r-4),height:d,class:"bar",children:e("title",{children:`Semaine du ${Y(s.key)} : ${s.count}`})}),(t.length<=12||u%Math.ceil(t.length/12)===0)&&e("text",{x:u*r+r/2,y:o+16,class:"axis",children:Y(s.key)})]},s.key)})}),e("figcaption",{id:"weekly-caption",children:"Signalements par semaine (semaines commençant le lundi)."}),e("table",{class:"visually-hidden",children:[e("caption",{children:"Signalements par semaine"}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:"Semaine du"}),e("th",{scope:"col",children:"Signalements"})]})}),e("tbody",{children:t.map(s=>e("tr",{children:[e("td",{children:Y(s.key)}),e("td",{children:s.count})]},s.key))})]})]})}var kr=0;function it(t){let[n]=m(()=>`${t}-${++kr}`);return n}function I({kind:t,children:n}){return e("p",{class:`notice notice-${t}`,role:t==="error"?"alert":"status",children:n})}function x(t){return t instanceof H?t.message:"Une erreur inattendue est survenue."}function E(t){let[n,o]=m(!1),[r,i]=m(null),[s,u]=m(null);return{run:Pe(async(...a)=>{o(!0),i(null),u(null);try{let y=await t(...a);y&&u(y)}catch(y){i(x(y))}finally{o(!1)}},[t]),busy:n,feedback:e(q,{children:[r&&e(I,{kind:"error",children:r}),s&&e(I,{kind:"success",children:s})]})}}function A(t){let n=it("field"),o=t.hint?`${n}-hint`:void 0,r={id:n,value:t.value,required:t.required,"aria-describedby":o,onInput:i=>t.onInput(i.target.value)};return e("div",{class:"field",children:[e("label",{for:n,children:[t.label,t.required&&e("span",{"aria-hidden":"true",children:" *"})]}),t.hint&&e("span",{class:"hint",id:o,children:t.hint}),t.multiline?e("textarea",{rows:3,...r}):e("input",{type:t.type??"text",autocomplete:t.autocomplete,...r})]})}function N(t){let n=it("select");return e("div",{class:"field",children:[e("label",{for:n,children:t.label}),e("select",{id:n,value:t.value,onChange:o=>t.onChange(o.target.value),children:t.options.map(([o,r])=>e("option",{value:o,children:r},o))})]})}function T({title:t,children:n,id:o}){let r=it("section");return e("section",{class:"panel","aria-labelledby":r,id:o,children:[e("h2",{id:r,children:t}),n]})}var wr=b(`
  query DepartementChoices {
    brigades { departement }
  }
`);function re(){let[t,n]=m([]),[o,r]=m(""),[i,s]=m(null);return _(()=>{$(wr).then(u=>{let d=[...new Set(u.brigades.map(l=>l.departement))].sort();n(d),r(l=>l||d[0]||"")}).catch(u=>s(x(u)))},[]),{departements:t,departement:o,setDepartement:r,error:i}}var Qe=1e3,st=680;function at(t,n){let o=Math.sin(n*Math.PI/180),r=.5-Math.log((1+o)/(1-o))/(4*Math.PI);return[(t+180)/360,r]}function Mr(){let n=document.querySelector('meta[name="vigie-map-tiles"]')?.getAttribute("content")?.trim();return n||null}function ie(t){let{outlines:n,points:o}=t,r=j(()=>{let[l,a,y,f]=[1/0,1/0,-1/0,-1/0],c=([D,S])=>{l=Math.min(l,D),y=Math.max(y,D),a=Math.min(a,S),f=Math.max(f,S)};if(n.forEach(D=>D.polygons.forEach(S=>S[0]?.forEach(([R,v])=>c(at(R,v))))),o.forEach(D=>c(at(D.longitude,D.latitude))),!Number.isFinite(l))return null;let g=Math.max(y-l,f-a)*.04||5e-4;l-=g,a-=g,y+=g,f+=g;let p=Math.min(Qe/(y-l),st/(f-a));return l-=(Qe/p-(y-l))/2,a-=(st/p-(f-a))/2,{minX:l,minY:a,scale:p,height:st}},[n,o]);if(!r)return e("p",{class:"muted",children:"Aucune commune à afficher."});let i=(l,a)=>{let[y,f]=at(l,a);return[(y-r.minX)*r.scale,(f-r.minY)*r.scale]},s=l=>l.map(a=>a.map(y=>y.map(([f,c],g)=>`${g?"L":"M"}${i(f,c).map(p=>p.toFixed(1)).join(" ")}`).join("")+"Z").join("")).join(""),u=Or(r),d=n.map(l=>{let a=l.polygons[0]?.[0]??[],y=a.reduce((f,[c,g])=>[f[0]+c,f[1]+g],[0,0]);return{outline:l,centre:a.length?i(y[0]/a.length,y[1]/a.length):null}});return e("figure",{class:"map",children:[e("svg",{viewBox:`0 0 ${Qe} ${r.height}`,role:"group","aria-label":t.title,children:[u.map(l=>e("image",{href:l.href,x:l.x,y:l.y,width:l.size,height:l.size},l.href)),d.map(({outline:l})=>e("path",{class:"commune",d:s(l.polygons),"fill-rule":"evenodd",children:e("title",{children:l.name})},l.code)),d.map(({outline:l,centre:a})=>a?e("text",{x:a[0],y:a[1],class:"commune-name","aria-hidden":"true",children:l.name},l.code):null),o.map(l=>{let[a,y]=i(l.longitude,l.latitude),f=()=>t.onSelect?.(l.id),c=t.onSelect?{tabIndex:0,role:"button",onClick:f,onKeyDown:p=>{(p.key==="Enter"||p.key===" ")&&(p.preventDefault(),f())}}:{role:"img"},g=t.grid?16+Math.min(24,l.weight*4):0;return e("g",{class:`marker urgency-${t.grid?"grid":l.weight}${l.selected?" selected":""}`,"aria-label":l.label,"data-report":l.id,...c,children:[t.grid?e("rect",{x:a-g/2,y:y-g/2,width:g,height:g}):e("circle",{cx:a,cy:y,r:l.selected?17:13}),e("title",{children:l.label})]},l.id)})]}),e("figcaption",{children:[t.title," — contours des communes : IGN (Admin Express), servis par Vigie."]})]})}function Or(t){let n=Mr();if(!n)return[];let o=Math.max(0,Math.min(18,Math.round(Math.log2(t.scale/256)))),r=2**o,i=t.scale/r,s=t.minX+Qe/t.scale,u=t.minY+t.height/t.scale,d=[];for(let l=Math.floor(t.minX*r);l<=Math.floor(s*r);l++)for(let a=Math.floor(t.minY*r);a<=Math.floor(u*r);a++){let y=n.replace("{z}",String(o)).replace("{x}",String(l)).replace("{y}",String(a));d.push({href:y,x:(l/r-t.minX)*t.scale,y:(a/r-t.minY)*t.scale,size:i})}return d.slice(0,64)}var Qr=b(`
  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {
    departementActivity(departement: $departement, from: $from, to: $to) {
      total
      communes { code name participating total open }
      byWeek { key count }
      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }
      cells { latitude longitude count }
    }
  }
`),Br=b(`
  query DepartementOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),qo=t=>t.toISOString().slice(0,10);function To(){let{departements:t,departement:n,setDepartement:o,error:r}=re(),[i,s]=m(qo(new Date(Date.now()-90*864e5))),[u,d]=m(qo(new Date)),[l,a]=m(null),[y,f]=m([]),[c,g]=m(null);_(()=>{if(!n||!i||!u)return;let R=!0;return $(Qr,{departement:n,from:i,to:u}).then(async v=>{if(!R)return;a(v.departementActivity),g(null);let w=v.departementActivity.communes.slice(0,100).map(V=>V.code),B=await $(Br,{codes:w});R&&f(B.communeOutlines)}).catch(v=>R&&g(x(v))),()=>{R=!1}},[n,i,u]);let p=j(()=>(l?.cells??[]).map(R=>({id:`${R.latitude},${R.longitude}`,latitude:R.latitude,longitude:R.longitude,weight:R.count,label:`${R.count} signalement${R.count>1?"s":""} dans ce carré d’environ 200 m`})),[l]),D=j(()=>[...l?.communes??[]].filter(R=>R.total>0).sort((R,v)=>v.total-R.total),[l]),S=(l?.communes.length??0)-D.length;return e(T,{title:"Le département d’un coup d’œil",id:"departement",children:[e("form",{class:"filters",onSubmit:R=>R.preventDefault(),"aria-label":"Département et période",children:[e(N,{label:"Département",value:n,onChange:o,options:t.map(R=>[R,R])}),e(A,{label:"Du",type:"date",value:i,onInput:s}),e(A,{label:"Au",type:"date",value:u,onInput:d})]}),(r??c)&&e(I,{kind:"error",children:r??c}),l&&e("div",{class:"columns",children:[e("div",{children:[e("p",{class:"figures",children:e("span",{children:[e("strong",{"data-testid":"departement-total",children:l.total})," signalements sur la période"]})}),e(Oe,{weeks:Me(l.byWeek,i,u)}),e("table",{class:"counts",children:[e("caption",{children:"Brigades : délais de prise en compte"}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:"Brigade"}),e("th",{scope:"col",children:"Reçus"}),e("th",{scope:"col",children:"Délai médian"}),e("th",{scope:"col",children:"En retard"})]})}),e("tbody",{children:l.brigades.map(R=>e("tr",{children:[e("th",{scope:"row",children:R.brigade.name}),e("td",{children:R.total}),e("td",{children:we(R.medianSecondsToAcknowledge??null)}),e("td",{children:[R.overdue,R.overdueShare!=null&&` (${Math.round(R.overdueShare*100)} %)`]})]},R.brigade.code))})]}),e("table",{class:"counts",children:[e("caption",{children:["Communes (",l.communes.length,", dont ",S," sans signalement sur la période)"]}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:"Commune"}),e("th",{scope:"col",children:"Signalements"}),e("th",{scope:"col",children:"En cours"}),e("th",{scope:"col",children:"Participation citoyenne"})]})}),e("tbody",{children:D.map(R=>e("tr",{children:[e("th",{scope:"row",children:R.name}),e("td",{children:R.total}),e("td",{children:R.open}),e("td",{children:R.participating?"Oui":"Non"})]},R.code))})]})]}),e(ie,{title:"Signalements de la période, par carré d’environ 200 m",outlines:y,points:p,grid:!0})]})]})}var Vr=b(`
  query AdminCommunes($departement: String!, $participating: Boolean) {
    communes(departement: $departement, participating: $participating) {
      code name participating participatingSince brigade { name } referent { displayName }
    }
  }
`),Fr=b(`
  query ParticipationHistory($code: String!) {
    participationHistory(communeCode: $code) {
      joinedOn protocolReference leftOn leavingReference updatedAt recordedBy { displayName }
    }
  }
`),Lr=b(`
  mutation SetCommuneParticipation($code: String!, $participating: Boolean!, $on: Date!, $reference: String) {
    setCommuneParticipation(communeCode: $code, participating: $participating, effectiveOn: $on, protocolReference: $reference) {
      code participating participatingSince
    }
  }
`),Ur=[["all","Toutes"],["in","Dans le dispositif"],["out","Hors du dispositif"]],Hr=()=>new Date().toISOString().slice(0,10);function ko(){let{departements:t,departement:n,setDepartement:o,error:r}=re(),[i,s]=m("in"),[u,d]=m([]),[l,a]=m(null),[y,f]=m(null),[c,g]=m(0);return _(()=>{if(!n)return;$(Vr,{departement:n,participating:i==="all"?null:i==="in"}).then(D=>(d(D.communes),f(null))).catch(D=>f(x(D)))},[n,i,c]),e(T,{title:"Communes et participation citoyenne",id:"participation",children:[e("form",{class:"filters",onSubmit:p=>p.preventDefault(),children:[e(N,{label:"Département",value:n,onChange:o,options:t.map(p=>[p,p])}),e(N,{label:"Communes affichées",value:i,onChange:p=>(s(p),a(null)),options:Ur})]}),(r??y)&&e(I,{kind:"error",children:r??y}),l&&e(Gr,{commune:l,onChanged:p=>{a({...l,...p}),g(D=>D+1)}},l.code),e("p",{class:"count",children:[u.length," communes"]}),e("table",{children:[e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:"Code INSEE"}),e("th",{scope:"col",children:"Nom"}),e("th",{scope:"col",children:"Participation"}),e("th",{scope:"col",children:"Brigade"}),e("th",{scope:"col",children:"Référent"}),e("th",{scope:"col",children:"Protocole"})]})}),e("tbody",{children:u.map(p=>e("tr",{"data-commune":p.code,children:[e("td",{children:p.code}),e("td",{children:p.name}),e("td",{children:p.participating?p.participatingSince?`Depuis le ${Y(p.participatingSince)}`:"Oui":"Non"}),e("td",{children:p.brigade?.name??"—"}),e("td",{children:p.referent?.displayName??"—"}),e("td",{children:e("button",{type:"button",class:"small","aria-expanded":l?.code===p.code,onClick:()=>a(l?.code===p.code?null:p),children:["Protocoles de ",p.name]})})]},p.code))})]})]})}function Gr({commune:t,onChanged:n}){let[o,r]=m([]),[i,s]=m(null),[u,d]=m(0),[l,a]=m(Hr()),[y,f]=m("");_(()=>{$(Fr,{code:t.code}).then(p=>(r(p.participationHistory),s(null))).catch(p=>s(x(p)))},[t.code,u]);let c=!t.participating,g=E(async()=>{let p=await $(Lr,{code:t.code,participating:c,on:l,reference:y.trim()||null});return f(""),d(D=>D+1),n(p.setCommuneParticipation),c?`${t.name} participe au dispositif depuis le ${Y(l)}.`:`${t.name} quitte le dispositif le ${Y(l)}.`});return e("div",{class:"case","data-testid":"participation-detail",children:[e("h3",{children:["Historique de ",t.name]}),i&&e(I,{kind:"error",children:i}),o.length===0?e("p",{children:"Aucune période enregistrée."}):e("ul",{"data-testid":"participation-periods",children:o.map((p,D)=>e("li",{children:["Adhésion ",p.joinedOn?`le ${Y(p.joinedOn)}`:"à une date inconnue",p.protocolReference&&` (protocole ${p.protocolReference})`,p.leftOn?`, sortie le ${Y(p.leftOn)}`:", en cours",p.leavingReference&&` (${p.leavingReference})`,e("span",{class:"muted",children:[" ","— enregistré le ",P(p.updatedAt),p.recordedBy&&` par ${p.recordedBy.displayName}`]})]},D))}),e("form",{"aria-label":c?"Adhésion au dispositif":"Sortie du dispositif",onSubmit:p=>{p.preventDefault(),g.run()},children:[e("h3",{children:c?"Adhésion au dispositif":"Sortie du dispositif"}),e("p",{class:"hint",children:c?"Le protocole est signé par le préfet, le maire et la gendarmerie ou la police. Les habitants pourront s’inscrire et signaler dès la date d’effet.":"Dès la date d’effet, la commune ne reçoit plus de nouveaux signalements ni d’inscriptions ; les signalements en cours vont à leur terme."}),e(A,{label:"Date d’effet (AAAA-MM-JJ)",value:l,onInput:a,required:!0}),e(A,{label:c?"Référence du protocole signé":"Référence de l’acte de sortie",value:y,onInput:f}),e("button",{type:"submit",class:"primary",disabled:g.busy||!l.trim(),children:c?`Enregistrer l’adhésion de ${t.name}`:`Enregistrer la sortie de ${t.name}`}),g.feedback]})]})}var jr=b(`
  query PartnerOrganisations($departement: String!) {
    partnerOrganisations(departement: $departement) { id name kind departement }
  }
`),Wr=b(`
  query PartnerAccounts($organisation: ID!) {
    partnerAccounts(organisationId: $organisation) { id displayName email phone disabledAt }
  }
`),Kr=b(`
  mutation SavePartnerOrganisation($input: PartnerOrganisationInput!) {
    savePartnerOrganisation(input: $input) { id name kind }
  }
`),Zr=b(`
  mutation CreatePartnerAccount($input: PartnerAccountInput!) {
    createPartnerAccount(input: $input) { user { id displayName email } resetCode { code expiresAt } }
  }
`),Be={SOCIAL_LANDLORD:"Bailleur social",TRANSPORT_OPERATOR:"Transporteur",SCHOOL:"Établissement scolaire",ASSOCIATION:"Association",MUNICIPAL_SERVICE:"Service municipal",OTHER:"Autre partenaire"};function wo(){let{departements:t,departement:n,setDepartement:o,error:r}=re();return e(q,{children:[r&&e(I,{kind:"error",children:r}),t.length>1&&e("form",{class:"filters",onSubmit:i=>i.preventDefault(),children:e(N,{label:"Département",value:n,onChange:o,options:t.map(i=>[i,i])})}),n&&e(ut,{departement:n},n)]})}function ut({departement:t}){let[n,o]=m([]),[r,i]=m(null),[s,u]=m(null),[d,l]=m(0);return _(()=>{$(jr,{departement:t}).then(a=>(o(a.partnerOrganisations),i(null))).catch(a=>i(x(a)))},[t,d]),e(T,{title:`Organisations partenaires (${t})`,id:"partenaires",children:[r&&e(I,{kind:"error",children:r}),n.length===0&&!r&&e("p",{children:"Aucune organisation partenaire pour l’instant."}),e("ul",{class:"plain",children:n.map(a=>e("li",{"data-organisation":a.name,children:[e("button",{type:"button",class:"link","aria-expanded":s===a.id,onClick:()=>u(s===a.id?null:a.id),children:a.name})," ",e("span",{class:"muted",children:["— ",Be[a.kind]]}),s===a.id&&e(zr,{organisation:a})]},a.id))}),e(Yr,{departement:t,onSaved:()=>l(a=>a+1)})]})}function Yr({departement:t,onSaved:n}){let[o,r]=m(""),[i,s]=m("SOCIAL_LANDLORD"),u=E(async()=>{let d=await $(Kr,{input:{name:o,kind:i,departement:t}});return r(""),n(),`Organisation « ${d.savePartnerOrganisation.name} » enregistrée.`});return e("form",{"aria-label":"Nouvelle organisation partenaire",onSubmit:d=>{d.preventDefault(),u.run()},children:[e("h3",{children:"Nouvelle organisation partenaire"}),e(A,{label:"Nom de l’organisation",value:o,onInput:r,required:!0}),e(N,{label:"Type de partenaire",value:i,onChange:d=>s(d),options:Object.entries(Be)}),e("button",{type:"submit",disabled:u.busy||!o.trim(),children:"Enregistrer l’organisation"}),u.feedback]})}function zr({organisation:t}){let[n,o]=m([]),[r,i]=m(null),[s,u]=m(0),[d,l]=m(""),[a,y]=m(""),[f,c]=m(""),[g,p]=m(null);_(()=>{$(Wr,{organisation:t.id}).then(S=>(o(S.partnerAccounts),i(null))).catch(S=>i(x(S)))},[t.id,s]);let D=E(async()=>{let S=await $(Zr,{input:{email:d.trim(),displayName:a,phone:f.trim()||null,organisationId:t.id}}),{user:R,resetCode:v}=S.createPartnerAccount;p({who:R.displayName,code:v.code,until:v.expiresAt}),l(""),y(""),c(""),u(w=>w+1)});return e("div",{class:"case",children:[e("h3",{children:["Comptes de ",t.name]}),r&&e(I,{kind:"error",children:r}),n.length===0?e("p",{children:"Aucun compte."}):e("ul",{"data-testid":"partner-accounts",children:n.map(S=>e("li",{children:[S.displayName," — ",S.email,S.phone&&`, ${S.phone}`,S.disabledAt&&e("span",{class:"muted",children:[" (désactivé le ",P(S.disabledAt),")"]})]},S.id))}),g&&e(I,{kind:"success",children:["Compte créé pour ",g.who,". Code à usage unique à lui remettre par un canal sûr : ",e("strong",{"data-testid":"partner-code",children:g.code})," (valable jusqu’au ",P(g.until),"). Avec ce code, il choisit son mot de passe."]}),e("form",{"aria-label":`Nouveau compte de ${t.name}`,onSubmit:S=>{S.preventDefault(),D.run()},children:[e("h3",{children:"Nouveau compte"}),e(A,{label:"Adresse électronique du partenaire",type:"email",value:d,onInput:l,required:!0}),e(A,{label:"Nom affiché aux membres des dossiers",value:a,onInput:y,required:!0}),e(A,{label:"Téléphone mobile (+33…)",type:"tel",value:f,onInput:c}),e("button",{type:"submit",disabled:D.busy||!d.trim()||!a.trim(),children:"Créer le compte"}),D.feedback]})]})}function K(t,n,o,r){let[i,s]=m([]),[u,d]=m(null),[l,a]=m(null),[y,f]=m(!1),[c,g]=m(null),[p,D]=m(!1),[S,R]=m(0),v=async(B,V)=>{D(!0);try{let F=await $(t,{...o,after:B}),G=n(F);s(L=>V?[...L,...G.nodes]:G.nodes),d(G.totalCount),a(G.pageInfo.endCursor),f(G.pageInfo.hasNextPage),g(null)}catch(F){g(x(F))}finally{D(!1)}};_(()=>{v(null,!1)},[...r,S]);let w=y?e("button",{type:"button",disabled:p,onClick:()=>void v(l,!0),children:["Afficher plus (",i.length," sur ",u,")"]}):null;return{nodes:i,total:u,error:c,more:w,reload:()=>R(B=>B+1)}}var fe=[["communes","Communes"],["departement","Département"],["brigades","Brigades"],["categories","Catégories"],["routing","Acheminement"],["partners","Partenaires"],["accounts","Comptes"],["audit","Journal"]];function Mo({me:t}){let[n,o]=m("communes");return e("div",{class:"admin",children:[e("div",{role:"tablist","aria-label":"Administration",class:"tabs",children:fe.map(([r,i])=>e("button",{type:"button",role:"tab",id:`tab-${r}`,"aria-selected":n===r,"aria-controls":"admin-panel",tabIndex:n===r?0:-1,onClick:()=>o(r),onKeyDown:s=>{let u=fe.findIndex(([l])=>l===n),d=s.key==="ArrowRight"?1:s.key==="ArrowLeft"?-1:0;if(d){let l=fe[(u+d+fe.length)%fe.length][0];o(l),document.getElementById(`tab-${l}`)?.focus()}},children:i},r))}),e("div",{role:"tabpanel",id:"admin-panel","aria-labelledby":`tab-${n}`,children:[n==="departement"&&e(To,{}),n==="communes"&&e(ko,{}),n==="brigades"&&e(ai,{}),n==="categories"&&e(ui,{}),n==="routing"&&e(di,{}),n==="partners"&&e(wo,{}),n==="accounts"&&e(li,{me:t}),n==="audit"&&e(mi,{})]})]})}function Ve(t,n,o,...r){let[i,s]=m(null),[u,d]=m(null),[l,a]=m(0);return _(()=>{o||$(t,...r).then(y=>(s(y),d(null))).catch(y=>d(x(y)))},[...n,o,l]),{data:i,error:u&&e(I,{kind:"error",children:u}),reload:()=>a(y=>y+1)}}function be({rows:t,columns:n,rowKey:o}){return e("table",{children:[e("thead",{children:e("tr",{children:n.map(([r])=>e("th",{scope:"col",children:r},r))})}),e("tbody",{children:t.map(r=>e("tr",{children:n.map(([i,s])=>e("td",{children:s(r)},i))},o(r)))})]})}var Jr=b(`
  query AdminBrigades {
    brigades { id code name kind phone communes { code } }
  }
`),Xr=b(`
  query AdminCategories {
    categories { code label urgency order active diversion }
  }
`),ei=b(`
  query RoutingSetup {
    communes(participating: true) { code name brigade { name } }
    categories { code label }
    brigades { id name }
  }
`),ti=b(`
  query RoutingRules($c: String!) {
    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }
  }
`),ni=b(`
  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }
  }
`),oi=b(`
  query Accounts($filter: UserFilter, $after: String) {
    users(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }
    }
  }
`),ri=b(`
  mutation EnableAccount($id: ID!) {
    enableAccount(userId: $id) { id }
  }
`),ii=b(`
  mutation DisableAccount($id: ID!) {
    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }
  }
`),si=b(`
  query Audit($after: String) {
    auditEvents(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at kind targetType targetId actor { displayName } }
    }
  }
`);function ai(){let{data:t,error:n}=Ve(Jr,[],!1);return e(T,{title:"Brigades",children:[n,e(be,{rows:t?.brigades??[],rowKey:o=>o.id,columns:[["Code",o=>o.code],["Nom",o=>o.name],["Téléphone",o=>o.phone??"—"],["Communes couvertes",o=>o.communes.length]]})]})}function ui(){let{data:t,error:n}=Ve(Xr,[],!1);return e(T,{title:"Catégories de signalement",children:[n,e(be,{rows:t?.categories??[],rowKey:o=>o.code,columns:[["Code",o=>o.code],["Libellé",o=>o.label],["Urgence",o=>X[o.urgency]],["Réorientation d’urgence",o=>o.diversion??"—"]]})]})}function di(){let t=Ve(ei,[],!1),n=t.data?.communes??[],[o,r]=m(""),i=o||n[0]?.code||"",s=Ve(ti,[i],!i,{c:i}),[u,d]=m(""),[l,a]=m(""),y=E(async(p,D)=>(await $(ni,{c:i,k:p,b:D}),s.reload(),D?"Règle enregistrée.":"Règle retirée.")),f=t.data?.categories??[],c=t.data?.brigades??[],g=n.find(p=>p.code===i)?.brigade?.name??"—";return e(T,{title:"Règles d’acheminement",children:[t.error,e("form",{class:"filters",onSubmit:p=>p.preventDefault(),children:e(N,{label:"Commune",value:i,onChange:r,options:n.map(p=>[p.code,p.name])})}),e("p",{children:["Par défaut, les signalements vont à : ",e("strong",{children:g}),"."]}),s.error,e(be,{rows:(s.data?.categoryOverrides??[]).flatMap(p=>p.category?[{...p,category:p.category}]:[]),rowKey:p=>p.category.code,columns:[["Catégorie",p=>p.category.label],["Acheminée vers",p=>p.brigade?.name??"—"],["Action",p=>e("button",{type:"button",class:"small",disabled:y.busy,onClick:()=>void y.run(p.category.code,null),children:["Retirer la règle « ",p.category.label," »"]})]]}),e("h3",{children:"Nouvelle règle"}),e("form",{class:"filters","aria-label":"Nouvelle règle",onSubmit:p=>{p.preventDefault(),y.run(u||f[0]?.code,l||c[0]?.id)},children:[e(N,{label:"Catégorie",value:u||f[0]?.code||"",onChange:d,options:f.map(p=>[p.code,p.label])}),e(N,{label:"Brigade destinataire",value:l||c[0]?.id||"",onChange:a,options:c.map(p=>[p.id,p.name])}),e("div",{class:"field",children:[e("span",{"aria-hidden":"true",children:" "}),e("button",{type:"submit",class:"primary",disabled:y.busy||!i,children:"Enregistrer la règle"})]})]}),y.feedback]})}function li({me:t}){let[n,o]=m(""),r=K(oi,s=>s.users,{filter:n.trim()?{search:n.trim()}:null},[n]),i=s=>s.disabledAt?`Désactivé le ${P(s.disabledAt)}`:s.enrolmentStatus?`Inscription ${ye[s.enrolmentStatus].toLowerCase()}`:"Actif";return e(T,{title:"Comptes",children:[e("form",{class:"filters",role:"search",onSubmit:s=>s.preventDefault(),children:e(A,{label:"Rechercher (nom ou adresse)",value:n,onInput:o,type:"search"})}),r.error&&e(I,{kind:"error",children:r.error}),r.total!==null&&e("p",{class:"count",children:[r.total," comptes"]}),e(be,{rows:r.nodes,rowKey:s=>s.id,columns:[["Nom",s=>s.displayName],["Adresse",s=>s.email],["Rôle",s=>W[s.role]],["Rattachement",s=>s.brigade?.name??s.commune?.name??(s.coordinatedCommunes.map(u=>u.name).join(", ")||"—")],["État",i],["Action",s=>s.role==="RESIDENT"||s.id===t.id?"—":e(ci,{user:s,onChanged:r.reload})]]}),r.more]})}function ci({user:t,onChanged:n}){let{run:o,busy:r,feedback:i}=E(async()=>{t.disabledAt?await $(ri,{id:t.id}):await $(ii,{id:t.id}),n()}),s=t.disabledAt?"Réactiver":"Désactiver";return e(q,{children:[e("button",{type:"button",class:"small",disabled:r,onClick:()=>void o(),"aria-label":`${s} ${t.displayName}`,children:s}),i]})}function mi(){let t=K(si,n=>n.auditEvents,{},[]);return e(T,{title:"Journal d’audit",children:[t.error&&e(I,{kind:"error",children:t.error}),e(be,{rows:t.nodes,rowKey:n=>n.id,columns:[["Date",n=>P(n.at)],["Action",n=>e("code",{children:n.kind})],["Par",n=>n.actor?.displayName??"Système"],["Cible",n=>n.targetType?`${n.targetType} ${n.targetId??""}`:"—"]]}),t.more]})}function Fe({document:t,variables:n,onData:o,onState:r}){let i=null,s=!1,u=0,d,l=async()=>{if(s)return;let a=await Do();if(s)return;let y=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/graphql/ws`,f=new WebSocket(y,"graphql-transport-ws");i=f,f.onopen=()=>f.send(JSON.stringify({type:"connection_init",payload:a?{authorization:`Bearer ${a}`}:{}})),f.onmessage=c=>{let g;try{g=JSON.parse(String(c.data))}catch{return}switch(g.type){case"connection_ack":u=0,r?.(!0),f.send(JSON.stringify({id:"1",type:"subscribe",payload:{query:t.toString(),variables:n()}}));break;case"ping":f.send(JSON.stringify({type:"pong"}));break;case"next":g.payload?.data&&o(g.payload.data);break;case"error":case"complete":f.close(1e3);break}},f.onclose=()=>{r?.(!1),!s&&(u+=1,d=window.setTimeout(l,Math.min(3e4,500*2**u)))}};return l(),{close(){s=!0,window.clearTimeout(d),i?.close(1e3)}}}var pi=b(`
  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }
  }
`),gi=b(`
  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }
  }
`),yi=b(`
  mutation MarkDuplicate($id: ID!, $of: ID!) {
    markDuplicate(reportId: $id, duplicateOf: $of) { id status }
  }
`),fi=b(`
  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }
  }
`),bi=b(`
  query ReportAlerts($commune: String!) {
    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }
  }
`),Si=b(`
  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }
  }
`),$i=b(`
  mutation CloseInterventionAlert($id: ID!, $message: String!) {
    closeInterventionAlert(id: $id, message: $message) { id closedAt }
  }
`),hi={SUBMITTED:[["ACKNOWLEDGED","Prendre en compte"],["REJECTED","Classer sans suite"]],ACKNOWLEDGED:[["IN_PROGRESS","Démarrer l’intervention"],["REJECTED","Classer sans suite"]],IN_PROGRESS:[["RESOLVED","Marquer traité"],["REJECTED","Classer sans suite"]],RESOLVED:[["ACKNOWLEDGED","Rouvrir"]],REJECTED:[["ACKNOWLEDGED","Rouvrir"]]};function Oo({report:t,onChanged:n}){let o=hi[t.status]??[],[r,i]=m(o[0]?.[0]??null),[s,u]=m(""),[d,l]=m("");_(()=>i(o[0]?.[0]??null),[t.status]);let{run:a,busy:y,feedback:f}=E(async c=>{let g={publicNote:s.trim()||null,internalNote:d.trim()||null};return c&&r?await $(pi,{id:t.id,to:r,...g}):await $(gi,{id:t.id,...g}),u(""),l(""),n(),c?"Statut mis à jour.":"Note enregistrée."});return e("form",{class:"action","aria-labelledby":"triage-title",onSubmit:c=>{c.preventDefault(),a(!0)},children:[e("h3",{id:"triage-title",children:"Traiter"}),o.length>0&&e(N,{label:"Nouveau statut",value:r??"",onChange:c=>i(c),options:o}),e(A,{label:"Réponse au signalant (visible par lui)",value:s,onInput:u,multiline:!0}),e(A,{label:"Note interne (brigade seulement)",value:d,onInput:l,multiline:!0}),e("div",{class:"buttons",children:[o.length>0&&e("button",{type:"submit",class:"primary",disabled:y,children:"Appliquer"}),e("button",{type:"button",disabled:y||!s.trim()&&!d.trim(),onClick:()=>void a(!1),children:"Ajouter la note seulement"})]}),f]})}function Qo({report:t,onChanged:n}){let o=t.possibleDuplicates.flatMap(({reportId:u,distanceMeters:d,observedAt:l,status:a})=>u&&d!=null&&l?[{reportId:u,distanceMeters:d,observedAt:l,status:a}]:[]),{run:r,busy:i,feedback:s}=E(async u=>(await $(yi,{id:t.id,of:u}),n(),"Signalement rattaché comme doublon."));return e("div",{class:"action",children:[e("h3",{children:"Doublons possibles"}),o.length===0?e("p",{class:"muted",children:"Aucun signalement ouvert de même catégorie à moins de 250 m dans les 48 h."}):e("ul",{class:"plain",children:o.map(u=>e("li",{children:["À ",Math.round(u.distanceMeters)," m, observé le ",P(u.observedAt)," (",Q[u.status],")"," ",e("button",{type:"button",disabled:i,onClick:()=>void r(u.reportId),"aria-label":`Classer ce signalement comme doublon de celui observé à ${Math.round(u.distanceMeters)} m le ${P(u.observedAt)}`,children:"Classer comme doublon de celui-ci"})]},u.reportId))}),s]})}function Bo({report:t,brigades:n,onChanged:o}){let[r,i]=m(n[0]?.id??""),[s,u]=m("");_(()=>i(y=>y||n[0]?.id||""),[n]);let{run:d,busy:l,feedback:a}=E(async()=>(await $(fi,{id:t.id,to:r,reason:s}),o(),"Signalement transmis."));return e("form",{class:"action","aria-labelledby":"reroute-title",onSubmit:y=>{y.preventDefault(),d()},children:[e("h3",{id:"reroute-title",children:"Transmettre à une autre unité"}),e(N,{label:"Unité destinataire",value:r,onChange:i,options:n.map(y=>[y.id,y.name])}),e(A,{label:"Motif",value:s,onInput:u,required:!0}),e("button",{type:"submit",disabled:l||!r,children:"Transmettre"}),a]})}function Vo({report:t}){let[n,o]=m(""),[r,i]=m([]),[s,u]=m(0);_(()=>{$(bi,{commune:t.commune.code}).then(y=>i(y.interventionAlerts.nodes.filter(f=>f.reportId===t.id))).catch(()=>i([]))},[t.id,s]);let{run:d,busy:l,feedback:a}=E(async()=>{let y=await $(Si,{commune:t.commune.code,message:n,report:t.id});return o(""),u(f=>f+1),`Alerte envoyée à ${y.sendInterventionAlert.recipients} élu(s).`});return e("div",{class:"action",children:[e("form",{"aria-labelledby":"alert-title",onSubmit:y=>{y.preventDefault(),d()},children:[e("h3",{id:"alert-title",children:["Alerter les élus de ",t.commune.name]}),e(A,{label:"Message d’intervention (SMS, sans nom ni adresse)",value:n,onInput:o,required:!0,multiline:!0}),e("button",{type:"submit",disabled:l||!n.trim(),children:"Envoyer l’alerte"}),a]}),r.length>0&&e("ul",{class:"plain alerts",children:r.map(y=>e(Ci,{alert:y,onClosed:()=>u(f=>f+1)},y.id))})]})}function Ci({alert:t,onClosed:n}){let[o,r]=m(""),{run:i,busy:s,feedback:u}=E(async()=>(await $($i,{id:t.id,message:o}),n(),"Fin d’intervention envoyée."));return e("li",{children:[e("time",{dateTime:t.createdAt,children:P(t.createdAt)})," — ",t.message,t.closedAt?e("p",{class:"muted",children:["Terminée le ",P(t.closedAt)]}):e("form",{onSubmit:d=>{d.preventDefault(),i()},children:[e(A,{label:"Message de fin d’intervention",value:o,onInput:r,required:!0}),e("button",{type:"submit",disabled:s||!o.trim(),children:"Terminer l’intervention"}),u]})]})}var Di=b(`
  mutation ConfirmIncident($id: ID!) {
    confirmIncident(incidentId: $id) { id confirmed }
  }
`),Ri=b(`
  mutation SplitReportFromIncident($id: ID!, $reason: String) {
    splitReportFromIncident(reportId: $id, reason: $reason) { id }
  }
`),Ai=b(`
  mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {
    transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) { id status }
  }
`),vi=["ACKNOWLEDGED","IN_PROGRESS","RESOLVED","REJECTED"];function Fo({report:t,onChanged:n,onOpen:o}){let r=t.incident,[i,s]=m("ACKNOWLEDGED"),[u,d]=m(""),[l,a]=m(""),y=E(async()=>(await $(Di,{id:r.id}),n(),"Incident confirmé.")),f=E(async()=>(await $(Ri,{id:t.id,reason:l.trim()||null}),a(""),n(),"Signalement détaché de l’incident.")),c=E(async()=>{let g=await $(Ai,{id:r.id,to:i,publicNote:u.trim()||null});d(""),n();let p=g.transitionIncident.length;return`${p} signalement${p>1?"s":""} passé${p>1?"s":""} à « ${Q[i]} » ; chaque signalant est prévenu du sien.`});return r?e("section",{class:"action","aria-labelledby":"incident-title",children:[e("h3",{id:"incident-title",children:["Incident : ",r.reportCount," signalements ",r.confirmed?"(confirmé)":"(regroupement automatique)"]}),e("ul",{class:"incident-reports",children:r.reports.map(g=>e("li",{children:[g.id===t.id?e("strong",{children:[g.category.label," (ce signalement)"]}):e("button",{type:"button",class:"link",onClick:()=>o(g.id),children:g.category.label})," ","— ",Q[g.status],", vu ",P(g.observedAt)]},g.id))}),!r.confirmed&&e("button",{type:"button",disabled:y.busy,onClick:()=>void y.run(),children:"Confirmer l’incident"}),y.feedback,e("form",{"aria-label":"Traiter tout l’incident",onSubmit:g=>{g.preventDefault(),c.run()},children:[e(N,{label:"Passer tout l’incident à",value:i,onChange:g=>s(g),options:vi.map(g=>[g,Q[g]])}),e(A,{label:"Réponse aux signalants (chacun la lit sur le sien)",value:u,onInput:d}),e("button",{type:"submit",disabled:c.busy,children:"Faire passer tout l’incident"}),c.feedback]}),e("form",{"aria-label":"Détacher ce signalement",onSubmit:g=>{g.preventDefault(),f.run()},children:[e(A,{label:"Pourquoi ce signalement est un autre fait (note interne)",value:l,onInput:a}),e("button",{type:"submit",disabled:f.busy,children:"Détacher ce signalement de l’incident"}),f.feedback]})]}):null}var Ii=b(`
  query BrigadeStaff {
    brigadeStaff { id displayName rank commander }
  }
`),_i=b(`
  mutation AssignReport($id: ID!, $user: ID) {
    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }
  }
`),Ei=b(`
  mutation FlagReporterAbuse($id: ID!, $reason: String!) {
    flagReporterAbuse(reportId: $id, reason: $reason) { id status }
  }
`),Ni=b(`
  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }
  }
`);function Lo({report:t,onChanged:n}){let[o,r]=m([]),[i,s]=m(t.assignee?.id??""),[u,d]=m(String(t.priority??t.category.urgency)),[l,a]=m(""),[y,f]=m("");_(()=>{$(Ii).then(S=>r(S.brigadeStaff)).catch(()=>r([]))},[]),_(()=>{s(t.assignee?.id??""),d(String(t.priority??t.category.urgency))},[t.id,t.assignee?.id,t.priority]);let c=E(async()=>(await $(_i,{id:t.id,user:i||null}),n(),i?"Signalement attribué.":"Attribution retirée.")),g=E(async()=>(await $(Ni,{id:t.id,priority:Number(u),reason:l.trim()||null}),a(""),n(),"Priorité enregistrée.")),p=E(async()=>(await $(Ei,{id:t.id,reason:y}),f(""),"Signalé à la commune, qui décidera.")),D=S=>[S.id,`${S.displayName}${S.rank?` (${S.rank})`:""}${S.commander?" — commandant":""}`];return e("div",{class:"action",children:[e("form",{"aria-labelledby":"assign-title",onSubmit:S=>{S.preventDefault(),c.run()},children:[e("h3",{id:"assign-title",children:"Attribuer"}),e(N,{label:"Membre de la brigade",value:i,onChange:s,options:[["","Personne"],...o.map(D)]}),e("button",{type:"submit",disabled:c.busy,children:"Enregistrer l’attribution"}),c.feedback]}),e("form",{"aria-labelledby":"priority-title",onSubmit:S=>{S.preventDefault(),g.run()},children:[e("h3",{id:"priority-title",children:"Priorité"}),e(N,{label:"Priorité de la brigade",value:u,onChange:d,options:Eo.map(S=>[String(S),X[S]])}),e(A,{label:"Raison du changement (note interne)",value:l,onInput:a}),e("button",{type:"submit",disabled:g.busy,children:"Changer la priorité"}),g.feedback]}),t.reporter&&e("form",{"aria-labelledby":"abuse-title",onSubmit:S=>{S.preventDefault(),p.run()},children:[e("h3",{id:"abuse-title",children:"Usage abusif"}),e(A,{label:"Raison, pour la commune (sans le contenu du signalement)",value:y,onInput:f,required:!0}),e("button",{type:"submit",disabled:p.busy||!y.trim(),children:"Signaler l’usage abusif à la commune"}),p.feedback]})]})}var xi=b(`
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
`);function Uo(t){let[n,o]=m(null),[r,i]=m(null),s=xe(null);return _(()=>{s.current?.scrollIntoView({block:"start"}),s.current?.focus({preventScroll:!0})},[t.id]),_(()=>{o(null),i(null)},[t.id]),_(()=>{let u=!0;return $(xi,{id:t.id}).then(d=>{u&&(i(d.report?null:"Ce signalement n’est plus dans la file de la brigade."),o(d.report))}).catch(d=>u&&i(x(d))),()=>{u=!1}},[t.id,t.revision]),e("section",{class:"panel detail","aria-labelledby":"detail-title",id:"signalement",children:[e("div",{class:"detail-head",children:[e("h2",{id:"detail-title",tabIndex:-1,ref:s,children:n?`${n.category.label} — ${n.commune.name}`:"Signalement"}),e("button",{type:"button",onClick:t.onClose,children:"Fermer"})]}),r&&e(I,{kind:"error",children:r}),n&&e(Pi,{report:n,...t},n.id)]})}function Pi({report:t,brigades:n,onChanged:o,onOpen:r}){return e("div",{class:"detail-grid",children:[e("div",{children:[e("dl",{class:"facts",children:[e("dt",{children:"Statut"}),e("dd",{"data-testid":"report-status",children:Q[t.status]}),e("dt",{children:"Urgence"}),e("dd",{children:X[t.category.urgency]}),e("dt",{children:"Priorité de la brigade"}),e("dd",{"data-testid":"report-priority",children:t.priority!=null?X[t.priority]:"—"}),e("dt",{children:"À prendre en compte avant"}),e("dd",{children:[t.acknowledgeBy?P(t.acknowledgeBy):"—",t.overdue&&e("span",{class:"overdue",children:"En retard"})]}),e("dt",{children:"Attribué à"}),e("dd",{"data-testid":"report-assignee",children:t.assignee?.displayName??"Personne"}),e("dt",{children:"Faits observés"}),e("dd",{children:P(t.observedAt)}),e("dt",{children:"Reçu"}),e("dd",{children:P(t.createdAt)}),e("dt",{children:"Lieu"}),e("dd",{children:[t.location.latitude.toFixed(5),", ",t.location.longitude.toFixed(5),t.accuracyMeters!=null&&` (± ${Math.round(t.accuracyMeters)} m)`]}),e("dt",{children:"Acheminement"}),e("dd",{children:[t.brigade.name," (",_o[t.routingRule],")"]}),e("dt",{children:"Signalant"}),e("dd",{children:t.reporter?e(q,{children:[t.reporter.displayName," — ",e("a",{href:`mailto:${t.reporter.email}`,children:t.reporter.email}),t.reporter.phone&&e(q,{children:[" ","— ",e("a",{href:`tel:${t.reporter.phone}`,children:t.reporter.phone})]})]}):"—"})]}),e("h3",{children:"Description"}),e("p",{class:"description",children:t.description}),t.photos.length>0&&e(q,{children:[e("h3",{children:"Photos"}),e("ul",{class:"photos",children:t.photos.map((i,s)=>e("li",{children:e("a",{href:i.url,target:"_blank",rel:"noopener noreferrer",children:e("img",{src:i.url,alt:`Photo ${s+1} jointe au signalement`})})},i.id))})]}),e("h3",{children:"Historique"}),e("ol",{class:"history",children:t.events.map(i=>e("li",{children:[e("time",{dateTime:i.at,children:P(i.at)})," — ",Io[i.kind]??i.kind,i.status&&` : ${Q[i.status]}`," ",e("span",{class:"muted",children:["(",W[i.actorRole],")"]}),i.publicNote&&e("p",{class:"note",children:["« ",i.publicNote," »"]}),i.internalNote&&e("p",{class:"note internal",children:["Note interne : ",i.internalNote]})]},i.id))})]}),e("div",{children:[e(Oo,{report:t,onChanged:o}),e(Fo,{report:t,onChanged:o,onOpen:r}),e(Lo,{report:t,onChanged:o}),e(Qo,{report:t,onChanged:o}),e(Bo,{report:t,brigades:n,onChanged:o}),e(Vo,{report:t})]})]})}var qi=b(`
  mutation OpenProblemCase($input: ProblemCaseInput!) {
    openProblemCase(input: $input) { id title }
  }
`),Ti=b(`
  query CaseCandidates($case: ID!) {
    problemCaseCandidates(caseId: $case) { userId organisationId displayName role brigadeName organisation { name kind } }
  }
`),ki=b(`
  mutation AddProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {
    addProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }
  }
`),wi=b(`
  mutation RemoveProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {
    removeProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }
  }
`),Mi=b(`
  query CaseSuggestions($case: ID!, $from: DateTime!, $to: DateTime!) {
    problemCaseSuggestions(caseId: $case, from: $from, to: $to) { id status createdAt observedAt category { label } commune { name } }
  }
`),Oi=b(`
  mutation LinkReportsToProblemCase($case: ID!, $reports: [ID!]!) {
    linkReportsToProblemCase(caseId: $case, reportIds: $reports) { id }
  }
`),Le=t=>t.userId?`u:${t.userId}`:`o:${t.organisationId}`;function Qi(t){if(t.organisation)return`${t.organisation.name} (${Be[t.organisation.kind]})`;let n=t.role?W[t.role]:"";return`${t.displayName??"—"} (${[n,t.brigadeName].filter(Boolean).join(", ")})`}function Go({communes:t,categories:n,onOpened:o}){let[r,i]=m(""),[s,u]=m(""),[d,l]=m([]),[a,y]=m([]),f=E(async()=>{let g=await $(qi,{input:{title:r,problem:s,communeCodes:d,categoryCodes:a}});return i(""),u(""),l([]),y([]),o(g.openProblemCase.id),`Dossier « ${g.openProblemCase.title} » ouvert.`}),c=(g,p,D)=>p(g.includes(D)?g.filter(S=>S!==D):[...g,D]);return e("form",{"aria-label":"Ouvrir un dossier de partenariat",onSubmit:g=>{g.preventDefault(),f.run()},children:[e("h3",{children:"Ouvrir un dossier de partenariat"}),e(A,{label:"Intitulé du dossier",value:r,onInput:i,required:!0}),e(A,{label:"Problème identifié",value:s,onInput:u,required:!0,multiline:!0}),e("fieldset",{children:[e("legend",{children:"Communes du secteur *"}),t.map(g=>e("label",{class:"check",children:[e("input",{type:"checkbox",checked:d.includes(g.code),onChange:()=>c(d,l,g.code)}),g.name]},g.code))]}),e("fieldset",{children:[e("legend",{children:"Catégories de signalements concernées *"}),n.map(g=>e("label",{class:"check",children:[e("input",{type:"checkbox",checked:a.includes(g.code),onChange:()=>c(a,y,g.code)}),g.label]},g.code))]}),e("button",{type:"submit",class:"primary",disabled:f.busy||!r.trim()||!s.trim()||!d.length||!a.length,children:"Ouvrir le dossier"}),f.feedback]})}function jo({caseId:t,member:n,name:o,onRemoved:r}){let i=E(async()=>{await $(wi,{case:t,user:n.userId??null,organisation:n.organisationId??null}),r()});return e(q,{children:[" ",e("button",{type:"button",class:"small",disabled:i.busy,onClick:()=>void i.run(),children:["Retirer ",o," du dossier"]}),i.feedback]})}function Wo({caseId:t,members:n,onAdded:o}){let r=n.map(Le).join(","),[i,s]=m([]),[u,d]=m(""),[l,a]=m(null);_(()=>{$(Ti,{case:t}).then(c=>(s(c.problemCaseCandidates),a(null))).catch(c=>a(x(c)))},[t,r]);let y=u||(i[0]?Le(i[0]):""),f=E(async()=>{let c=i.find(g=>Le(g)===y);if(c)return await $(ki,{case:t,user:c.userId??null,organisation:c.organisationId??null}),d(""),o(),`${c.displayName??c.organisation?.name} rejoint le dossier.`});return l?e(I,{kind:"error",children:l}):e("form",{"aria-label":"Ajouter un membre",onSubmit:c=>{c.preventDefault(),f.run()},children:[e("h3",{children:"Ajouter un membre"}),i.length===0?e("p",{children:"Personne d’autre ne peut être ajouté."}):e(q,{children:[e(N,{label:"Personne ou organisation à ajouter",value:y,onChange:d,options:i.map(c=>[Le(c),Qi(c)])}),e("button",{type:"submit",disabled:f.busy,children:"Ajouter au dossier"})]}),f.feedback]})}var Ho=864e5;function Ko({caseId:t,openedAt:n,onLinked:o}){let[r,i]=m("90"),[s,u]=m([]),[d,l]=m([]),[a,y]=m(null),[f,c]=m(0);_(()=>{let p=new Date(new Date(n).getTime()-Number(r)*Ho).toISOString(),D=new Date(Date.now()+Ho).toISOString();$(Mi,{case:t,from:p,to:D}).then(S=>(u(S.problemCaseSuggestions),l([]),y(null))).catch(S=>y(x(S)))},[t,n,r,f]);let g=E(async()=>{await $(Oi,{case:t,reports:d});let p=d.length;return c(D=>D+1),o(),p>1?`${p} signalements rattachés.`:"Signalement rattaché."});return e("form",{"aria-label":"Rattacher des signalements",onSubmit:p=>{p.preventDefault(),g.run()},children:[e("h3",{children:"Rattacher des signalements du secteur"}),e(N,{label:"Signalements observés depuis",value:r,onChange:i,options:[["30","30 jours avant l’ouverture"],["90","90 jours avant l’ouverture"],["365","un an avant l’ouverture"]]}),a&&e(I,{kind:"error",children:a}),s.length===0?e("p",{children:"Aucun signalement du secteur à rattacher sur cette période."}):e("fieldset",{children:[e("legend",{children:"Signalements de la brigade dans le secteur, pas encore rattachés"}),s.map(p=>e("label",{class:"check","data-suggestion":p.id,children:[e("input",{type:"checkbox",checked:d.includes(p.id),onChange:()=>l(d.includes(p.id)?d.filter(D=>D!==p.id):[...d,p.id])}),p.category.label," — ",p.commune?.name??"",", le ",P(p.observedAt??p.createdAt)," (",Q[p.status],")"]},p.id))]}),e("button",{type:"submit",disabled:g.busy||d.length===0,children:"Rattacher les signalements cochés"}),g.feedback]})}var Bi=b(`
  query ProblemCases($after: String) {
    problemCases(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title status communeCodes openedAt }
    }
  }
`),Vi=b(`
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
`),Fi=b(`
  mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {
    saveProblemCaseAction(caseId: $case, input: $input) { id }
  }
`),Li=b(`
  mutation CloseProblemCase($case: ID!, $assessment: String!) {
    closeProblemCase(caseId: $case, assessment: $assessment) { id status }
  }
`),Ui=b(`
  mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {
    recordProblemCaseMeeting(caseId: $case, input: $input) { id }
  }
`),Zo={PLANNED:"Décidée",IN_PROGRESS:"En cours",DONE:"Réalisée",ABANDONED:"Abandonnée"};function se({opener:t}){let n=K(Bi,i=>i.problemCases,{},[]),[o,r]=m(null);return!t&&!n.error&&n.total===0?null:e(T,{title:"Groupes de partenariat",id:"partenariat",children:[n.error&&e(I,{kind:"error",children:n.error}),n.total===0&&e("p",{children:"Aucun dossier pour l’instant."}),e("ul",{class:"plain",children:n.nodes.map(i=>e("li",{"data-case":i.id,children:[e("button",{type:"button",class:"link","aria-expanded":o===i.id,onClick:()=>r(o===i.id?null:i.id),children:i.title})," ","— ",i.status==="OPEN"?"en cours":"clos",", ouvert le ",P(i.openedAt),o===i.id&&e(Hi,{id:i.id})]},i.id))}),n.more,t&&e(Go,{communes:t.communes,categories:t.categories,onOpened:i=>{n.reload(),r(i)}})]})}function Hi({id:t}){let[n,o]=m(null),[r,i]=m(null),[s,u]=m(0);if(_(()=>{$(Vi,{id:t}).then(a=>(o(a.problemCase??null),i(null))).catch(a=>i(x(a)))},[t,s]),r)return e(I,{kind:"error",children:r});if(!n)return null;let d=()=>u(a=>a+1),l=n.managedByMe&&n.status==="OPEN";return e("div",{class:"case",children:[e("p",{class:"description",children:n.problem}),e("h3",{children:"Membres"}),e("ul",{"data-testid":"case-members",children:n.members.map(a=>{let y=a.displayName??a.organisation?.name??"—";return e("li",{children:[y,a.role&&e("span",{class:"muted",children:[" (",W[a.role],a.brigadeName?`, ${a.brigadeName}`:"",")"]}),l&&e(jo,{caseId:n.id,member:a,name:y,onRemoved:d})]},a.userId??a.organisationId)})}),l&&e(Wo,{caseId:n.id,members:n.members,onAdded:d}),e("h3",{children:["Signalements rattachés (",n.reports.length,")"]}),e("ul",{"data-testid":"case-reports",children:n.reports.map((a,y)=>e("li",{children:[a.categoryCode," — ",Q[a.status],", ",a.communeCode,", le ",a.observedOn]},y))}),l&&e(Ko,{caseId:n.id,openedAt:n.openedAt,onLinked:d}),e("h3",{children:"Actions"}),e("ul",{"data-testid":"case-actions",children:n.actions.map(a=>e("li",{children:[a.title," — ",a.owner,", ",Zo[a.status],a.dueOn&&`, pour le ${a.dueOn}`,a.outcome&&e("p",{class:"note",children:a.outcome})]},a.id))}),e("h3",{children:"Réunions"}),e("ul",{"data-testid":"case-meetings",children:n.meetings.map(a=>e("li",{children:[a.heldOn," — ",a.attendees,e("p",{class:"note",children:a.minutes})]},a.id))}),n.status==="CLOSED"&&e(q,{children:[e("h3",{children:"Bilan"}),e("p",{"data-testid":"case-assessment",children:n.assessment}),n.evaluation&&e("p",{children:["Signalements dans le secteur : ",n.evaluation.totalBefore," dans les ",n.evaluation.windowDays," jours avant l’ouverture,"," ",n.evaluation.totalAfter," dans les ",n.evaluation.windowDays," jours après",n.evaluation.afterComplete?"":" (période pas encore écoulée)","."]})]}),l&&e(q,{children:[e(Gi,{caseId:n.id,onSaved:d}),e(ji,{caseId:n.id,onSaved:d}),e(Wi,{caseId:n.id,onClosed:d})]})]})}function Gi({caseId:t,onSaved:n}){let[o,r]=m(""),[i,s]=m(""),[u,d]=m("PLANNED"),l=E(async()=>(await $(Fi,{case:t,input:{title:o,owner:i,status:u}}),r(""),s(""),n(),"Action enregistrée."));return e("form",{"aria-label":"Nouvelle action",onSubmit:a=>{a.preventDefault(),l.run()},children:[e("h3",{children:"Nouvelle action"}),e(A,{label:"Action décidée",value:o,onInput:r,required:!0}),e(A,{label:"Qui la mène",value:i,onInput:s,required:!0}),e(N,{label:"État de l’action",value:u,onChange:a=>d(a),options:Object.entries(Zo)}),e("button",{type:"submit",disabled:l.busy||!o.trim()||!i.trim(),children:"Enregistrer l’action"}),l.feedback]})}function ji({caseId:t,onSaved:n}){let[o,r]=m(new Date().toISOString().slice(0,10)),[i,s]=m(""),[u,d]=m(""),l=E(async()=>(await $(Ui,{case:t,input:{heldOn:o,attendees:i,minutes:u}}),s(""),d(""),n(),"Réunion enregistrée."));return e("form",{"aria-label":"Compte rendu de réunion",onSubmit:a=>{a.preventDefault(),l.run()},children:[e("h3",{children:"Compte rendu de réunion"}),e(A,{label:"Date de la réunion (AAAA-MM-JJ)",value:o,onInput:r,required:!0}),e(A,{label:"Participants",value:i,onInput:s,required:!0}),e(A,{label:"Ce qui a été dit et décidé",value:u,onInput:d,required:!0}),e("button",{type:"submit",disabled:l.busy||!i.trim()||!u.trim(),children:"Enregistrer la réunion"}),l.feedback]})}function Wi({caseId:t,onClosed:n}){let[o,r]=m(""),i=E(async()=>(await $(Li,{case:t,assessment:o}),n(),"Dossier clos."));return e("form",{"aria-label":"Clore le dossier",onSubmit:s=>{s.preventDefault(),i.run()},children:[e("h3",{children:"Clore le dossier"}),e(A,{label:"Bilan du groupe (ce qui a été obtenu)",value:o,onInput:r,required:!0}),e("button",{type:"submit",disabled:i.busy||!o.trim(),children:"Clore le dossier avec ce bilan"}),i.feedback]})}var Ki=b(`
  query ReferentCandidates {
    brigadeStaff { id displayName rank }
  }
`),Zi=b(`
  query ReferentHistory($code: String!) {
    referentHistory(communeCode: $code) { startedAt endedAt referent { displayName } }
  }
`),Yi=b(`
  mutation DesignateReferent($code: String!, $user: ID!) {
    designateReferent(communeCode: $code, userId: $user) { code referent { id displayName } }
  }
`),zi=b(`
  mutation EndReferent($code: String!) {
    endReferent(communeCode: $code) { code }
  }
`);function Yo({communes:t,onChanged:n}){let[o,r]=m([]),[i,s]=m(null),[u,d]=m(null);_(()=>{$(Ki).then(a=>r(a.brigadeStaff)).catch(a=>d(x(a)))},[]);let l=a=>o.find(y=>y.id===a)?.displayName;return e(T,{title:"Référents des communes",id:"referents",children:[u&&e(I,{kind:"error",children:u}),e("table",{children:[e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:"Commune couverte"}),e("th",{scope:"col",children:"Référent actuel"}),e("th",{scope:"col",children:"Désignation"})]})}),e("tbody",{children:t.map(a=>e("tr",{"data-referent-of":a.code,children:[e("td",{children:a.name}),e("td",{children:a.referent?l(a.referent.id)??a.referent.displayName??"—":"Aucun"}),e("td",{children:e("button",{type:"button",class:"small","aria-expanded":i===a.code,onClick:()=>s(i===a.code?null:a.code),children:["Référent de ",a.name]})})]},a.code))})]}),t.filter(a=>a.code===i).map(a=>e(Ji,{commune:a,staff:o,onChanged:n},a.code))]})}function Ji({commune:t,staff:n,onChanged:o}){let[r,i]=m([]),[s,u]=m(""),[d,l]=m(0),[a,y]=m(null);_(()=>{$(Zi,{code:t.code}).then(S=>(i(S.referentHistory),y(null))).catch(S=>y(x(S)))},[t.code,d]);let f=n.filter(S=>S.id!==t.referent?.id),c=s||f[0]?.id||"",g=()=>{l(S=>S+1),o()},p=E(async()=>{let S=await $(Yi,{code:t.code,user:c});return g(),`${S.designateReferent.referent?.displayName??"Le référent"} est désormais référent de ${t.name}.`}),D=E(async()=>(await $(zi,{code:t.code}),g(),`${t.name} n’a plus de référent désigné.`));return e("div",{class:"case","data-testid":"referent-detail",children:[e("h3",{children:["Référent de ",t.name]}),a&&e(I,{kind:"error",children:a}),e("form",{"aria-label":`Désigner le référent de ${t.name}`,onSubmit:S=>{S.preventDefault(),p.run()},children:[e(N,{label:"Membre de la brigade à désigner",value:c,onChange:u,options:f.map(S=>[S.id,S.rank?`${S.displayName} (${S.rank})`:S.displayName])}),e("button",{type:"submit",class:"primary",disabled:p.busy||!c,children:"Désigner comme référent"}),p.feedback]}),t.referent&&e("p",{children:[e("button",{type:"button",disabled:D.busy,onClick:()=>void D.run(),children:"Mettre fin à la désignation actuelle"}),D.feedback]}),e("h3",{children:"Référents successifs"}),r.length===0?e("p",{children:"Aucun référent n’a encore été désigné."}):e("ul",{"data-testid":"referent-history",children:r.map((S,R)=>e("li",{children:[S.referent?.displayName??"Compte supprimé"," — depuis le ",P(S.startedAt),S.endedAt?`, jusqu’au ${P(S.endedAt)}`:" (en fonction)"]},R))})]})}var Xi=b(`
  query SecurityRequests($status: SecurityRequestStatus, $after: String) {
    securityRequests(filter: { status: $status }, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id communeCode topic subject status updatedAt }
    }
  }
`),es=b(`
  query SecurityRequestThread($id: ID!) {
    securityRequest(id: $id) { id status messages { authorRole body createdAt } }
  }
`),ts=b(`
  mutation OpenSecurityRequest($input: SecurityRequestInput!) {
    openSecurityRequest(input: $input) { id status }
  }
`),ns=b(`
  mutation ReplyToSecurityRequest($id: ID!, $body: String!) {
    replyToSecurityRequest(id: $id, body: $body) { id status }
  }
`),os=b(`
  mutation CloseSecurityRequest($id: ID!) {
    closeSecurityRequest(id: $id) { id status }
  }
`),Jo={ADVICE:"Conseil",SECURITY_DIAGNOSIS:"Diagnostic de sécurité",SITUATIONAL_PREVENTION:"Prévention situationnelle",EVENT:"Événement",OTHER:"Autre demande"},zo={OPEN:"En attente de la brigade",ANSWERED:"Répondu",CLOSED:"Clos"};function Ue({communes:t,side:n}){let[o,r]=m(""),[i,s]=m(null),d=K(Xi,a=>a.securityRequests,{status:o||null},[o]),l=a=>t.find(y=>y.code===a)?.name??a;return e(T,{title:"Demandes de sécurité",id:"demandes",children:[e("p",{class:"muted",children:n==="commune"?"Échanges avec le référent sûreté de la brigade : conseils, diagnostics, événements.":"Échanges avec les élus des communes dont vous êtes le référent (ou que votre brigade couvre, si vous la commandez)."}),e(N,{label:"Demandes à afficher",value:o,onChange:r,options:[["","Toutes"],...Object.entries(zo)]}),d.error&&e(I,{kind:"error",children:d.error}),e("ul",{class:"plain requests",children:d.nodes.map(a=>e("li",{"data-request":a.id,children:[e("button",{type:"button",class:"link","aria-expanded":i===a.id,onClick:()=>s(i===a.id?null:a.id),children:a.subject})," ","— ",l(a.communeCode),", ",Jo[a.topic],", ",e("strong",{children:zo[a.status]})," ",e("span",{class:"muted",children:["(",P(a.updatedAt),")"]}),i===a.id&&e(rs,{id:a.id,onChanged:d.reload})]},a.id))}),d.total===0&&e("p",{class:"muted",children:"Aucune demande."}),d.more,e(is,{communes:t,side:n,onOpened:d.reload})]})}function rs({id:t,onChanged:n}){let[o,r]=m(null),[i,s]=m(!1),[u,d]=m(null),[l,a]=m(""),[y,f]=m(0);_(()=>{$(es,{id:t}).then(p=>{r(p.securityRequest?.messages??[]),s(p.securityRequest?.status==="CLOSED")}).catch(p=>d(x(p)))},[t,y]);let c=E(async()=>(await $(ns,{id:t,body:l}),a(""),f(p=>p+1),n(),"Message envoyé.")),g=E(async()=>(await $(os,{id:t}),n(),"Demande close."));return e("div",{class:"thread",children:[u&&e(I,{kind:"error",children:u}),e("ol",{class:"history",children:(o??[]).map((p,D)=>e("li",{children:[e("time",{dateTime:p.createdAt,children:P(p.createdAt)})," — ",e("span",{class:"muted",children:W[p.authorRole]}),e("p",{class:"note",children:p.body})]},D))}),!i&&e("form",{"aria-label":"Répondre à la demande",onSubmit:p=>{p.preventDefault(),c.run()},children:[e(A,{label:"Votre réponse",value:l,onInput:a,required:!0}),e("button",{type:"submit",disabled:c.busy||!l.trim(),children:"Envoyer la réponse"}),e("button",{type:"button",disabled:g.busy,onClick:()=>void g.run(),children:"Clore la demande"})]}),c.feedback,g.feedback]})}function is({communes:t,side:n,onOpened:o}){let[r,i]=m(t[0]?.code??""),[s,u]=m("ADVICE"),[d,l]=m(""),[a,y]=m("");_(()=>{!r&&t[0]&&i(t[0].code)},[t]);let f=E(async()=>(await $(ts,{input:{communeCode:r,topic:s,subject:d,body:a}}),l(""),y(""),o(),n==="commune"?"Demande envoyée au référent.":"Demande envoyée aux élus de la commune."));return e("form",{class:"new-request","aria-labelledby":"new-request-title",onSubmit:c=>{c.preventDefault(),f.run()},children:[e("h3",{id:"new-request-title",children:n==="commune"?"Écrire au référent":"Écrire aux élus d’une commune"}),e(N,{label:"Commune concernée",value:r,onChange:i,options:t.map(c=>[c.code,c.name])}),e(N,{label:"Objet de la demande",value:s,onChange:c=>u(c),options:Object.entries(Jo)}),e(A,{label:"Sujet",value:d,onInput:l,required:!0}),e(A,{label:"Premier message",value:a,onInput:y,required:!0}),e("button",{type:"submit",disabled:f.busy||!d.trim()||!a.trim()||!r,children:"Envoyer la demande"}),f.feedback]})}var ss=20,as=b(`
  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
    brigadeQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id status description createdAt priority overdue assignee { displayName } incident { id reportCount } category { code label urgency } commune { code name } location { latitude longitude } }
    }
  }
`),us=b(`
  query BrigadeSetup {
    categories { code label }
    me { brigade { communes { code name referent { id displayName } } } }
    brigadeTo: brigades { id code name }
  }
`),ds=b(`
  query QueueOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),ls=b(`
  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }
  }
`);function Xo({me:t}){let n=t.brigade,[o,r]=m([]),[i,s]=m([]),[u,d]=m([]),[l,a]=m([]),[y,f]=m("OPEN"),[c,g]=m(""),[p,D]=m(""),[S,R]=m(""),[v,w]=m(""),[B,V]=m(!1),[F,G]=m([null]),[L,ae]=m(null),[U,Z]=m(null),[ue,Se]=m(null),[lt,dr]=m(!1),[lr,cr]=m(""),[ct,mt]=m(0),pt=xe(null),gt=i.some(C=>C.referent?.id===t.id),[yt,mr]=m(0);_(()=>{$(us).then(async C=>{r(C.categories);let ee=C.me?.brigade?.communes??[];if(s(ee),d(C.brigadeTo.filter(de=>de.id!==n.id)),yt>0)return;let He=ee.slice(0,100).map(de=>de.code),$e=await $(ds,{codes:He});a($e.communeOutlines)}).catch(C=>Z(x(C)))},[n.id,yt]);let ft=j(()=>{let C={status:y==="OPEN"?vo:[y]};return c&&(C.categoryCode=c),p&&(C.communeCode=p),S&&(C.createdSince=new Date(Date.now()-Number(S)*36e5).toISOString()),v==="MINE"&&(C.assignment="ASSIGNED_TO_ME"),v==="NOBODY"&&(C.assignment="UNASSIGNED"),v==="OVERDUE"&&(C.overdue=!0),B&&(C.onePerIncident=!0),C},[y,c,p,S,v,B]),bt=F[F.length-1];_(()=>{let C=!0;return $(as,{filter:ft,first:ss,after:bt}).then(ee=>C&&(ae(ee.brigadeQueue),Z(null))).catch(ee=>C&&Z(x(ee))),()=>{C=!1}},[ft,bt,ct]),_(()=>{let C,ee=Fe({document:ls,variables:()=>({brigade:n.id,after:pt.current}),onState:dr,onData:He=>{let $e=He.brigadeQueueEvents;pt.current=$e.id,$e.kind==="FILED"&&cr("Nouveau signalement reçu."),window.clearTimeout(C),C=window.setTimeout(()=>mt(de=>de+1),150)}});return()=>{window.clearTimeout(C),ee.close()}},[n.id]);let oe=Pe(C=>{C(),G([null])},[]),pr=(L?.nodes??[]).map(C=>({id:C.id,latitude:C.location.latitude,longitude:C.location.longitude,weight:C.priority??C.category.urgency,selected:C.id===ue,label:`${C.category.label}, ${C.commune.name}, ${Q[C.status]}`}));return e("div",{class:"brigade",children:[e("p",{class:"live-state","aria-live":"polite",children:[e("span",{class:lt?"dot on":"dot","aria-hidden":"true"}),lt?"Mises à jour en direct":"Connexion au direct…",e("span",{class:"visually-hidden",children:lr})]}),e("div",{class:"columns",children:[e(T,{title:"File des signalements",id:"file",children:[e("form",{class:"filters",onSubmit:C=>C.preventDefault(),"aria-label":"Filtres de la file",children:[e(N,{label:"Statut",value:y,onChange:C=>oe(()=>f(C)),options:[["OPEN","En cours (reçus, pris en compte, en intervention)"],...Object.entries(Q)]}),e(N,{label:"Catégorie",value:c,onChange:C=>oe(()=>g(C)),options:[["","Toutes"],...o.map(C=>[C.code,C.label])]}),e(N,{label:"Commune",value:p,onChange:C=>oe(()=>D(C)),options:[["","Toutes"],...i.map(C=>[C.code,C.name])]}),e(N,{label:"Reçus depuis",value:S,onChange:C=>oe(()=>R(C)),options:[["","Toujours"],["1","1 heure"],["24","24 heures"],["168","7 jours"],["720","30 jours"]]}),e(N,{label:"Suivi",value:v,onChange:C=>oe(()=>w(C)),options:[["","Tous"],["MINE","Attribués à moi"],["NOBODY","Non attribués"],["OVERDUE","En retard de prise en compte"]]}),e("label",{class:"check",children:[e("input",{type:"checkbox",checked:B,onChange:C=>oe(()=>V(C.currentTarget.checked))}),"Une ligne par incident"]})]}),U&&e(I,{kind:"error",children:U}),L&&e(q,{children:[e("p",{class:"count","data-testid":"queue-count",children:[L.totalCount," signalement",L.totalCount>1?"s":""]}),e("table",{class:"queue",children:[e("caption",{class:"visually-hidden",children:"Signalements, par priorité de la brigade puis du plus ancien"}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:"Priorité"}),e("th",{scope:"col",children:"Catégorie"}),e("th",{scope:"col",children:"Commune"}),e("th",{scope:"col",children:"Reçu"}),e("th",{scope:"col",children:"Statut"}),e("th",{scope:"col",children:"Attribué à"})]})}),e("tbody",{children:L.nodes.map(C=>e("tr",{class:C.id===ue?"selected":"","data-report":C.id,children:[e("td",{children:[e("span",{class:`urgency urgency-${C.priority??C.category.urgency}`,children:X[C.priority??C.category.urgency]}),C.overdue&&e("span",{class:"overdue",children:"En retard"})]}),e("td",{children:[e("button",{type:"button",class:"link",onClick:()=>Se(C.id),"aria-pressed":C.id===ue,children:C.category.label}),C.incident&&e("span",{class:"incident-badge",children:["Incident · ",C.incident.reportCount," signalements"]}),e("span",{class:"excerpt",children:C.description.slice(0,80)})]}),e("td",{children:C.commune.name}),e("td",{children:e("time",{dateTime:C.createdAt,children:xo(C.createdAt)})}),e("td",{children:Q[C.status]}),e("td",{children:C.assignee?.displayName??"—"})]},C.id))})]}),L.nodes.length===0&&e("p",{class:"muted",children:"Aucun signalement ne correspond aux filtres."}),e("nav",{class:"pager","aria-label":"Pages de la file",children:[e("button",{type:"button",disabled:F.length<2,onClick:()=>G(F.slice(0,-1)),children:"Page précédente"}),e("span",{children:["Page ",F.length]}),e("button",{type:"button",disabled:!L.pageInfo.hasNextPage,onClick:()=>G([...F,L.pageInfo.endCursor]),children:"Page suivante"})]})]})]}),e(T,{title:"Carte de la file",id:"carte",children:e(ie,{title:`Communes couvertes par ${n.name}`,outlines:l,points:pr,onSelect:Se})})]}),t.commander&&e(Yo,{communes:i,onChanged:()=>mr(C=>C+1)}),e(cs,{me:t,communes:i}),e(se,{opener:gt?{communes:i,categories:o}:void 0}),(t.commander||gt)&&e(ut,{departement:n.departement}),ue&&e(Uo,{id:ue,revision:ct,brigades:u,onClose:()=>Se(null),onChanged:()=>mt(C=>C+1),onOpen:Se})]})}function cs({me:t,communes:n}){let o=t.commander?n:n.filter(r=>r.referent?.id===t.id);return o.length===0?null:e(Ue,{communes:o,side:"brigade"})}var ms=b(`
  query AbuseFlags($code: String!) {
    abuseFlags(communeCode: $code, status: OPEN, first: 50) {
      totalCount
      nodes { id reason createdAt resident { displayName email } brigade { name } }
    }
  }
`),ps=b(`
  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {
    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }
  }
`);function er({code:t}){let[n,o]=m(null),[r,i]=m(null),[s,u]=m(0);return _(()=>{$(ms,{code:t}).then(d=>(o(d.abuseFlags.nodes),i(null))).catch(d=>i(x(d)))},[t,s]),!r&&n?.length===0?null:e(T,{title:"Usages abusifs signalés par la brigade",id:"abus",children:[r&&e(I,{kind:"error",children:r}),e("ul",{class:"plain",children:(n??[]).map(d=>e(gs,{flag:d,onDecided:()=>u(l=>l+1)},d.id))})]})}function gs({flag:t,onDecided:n}){let[o,r]=m(""),{run:i,busy:s,feedback:u}=E(async l=>(await $(ps,{id:t.id,suspend:l,note:o.trim()||null}),n(),l?"Habitant suspendu.":"Signalement classé.")),d=t.resident?.displayName??"Habitant";return e("li",{"data-flag":t.id,children:[e("p",{children:[e("strong",{children:d})," — signalé par ",t.brigade.name," le ",e("time",{dateTime:t.createdAt,children:P(t.createdAt)})]}),e("p",{class:"note",children:["« ",t.reason," »"]}),e(A,{label:`Raison de la décision pour ${d}`,value:o,onInput:r}),e("div",{class:"buttons",children:[e("button",{type:"button",class:"danger",disabled:s,onClick:()=>void i(!0),children:"Suspendre l’habitant"}),e("button",{type:"button",disabled:s,onClick:()=>void i(!1),children:"Classer sans suite"})]}),u]})}var ys=b(`
  query CommuneBroadcasts($code: String!, $after: String) {
    broadcasts(communeCode: $code, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title body sender recipients createdAt expiresAt }
    }
  }
`),fs=b(`
  mutation BroadcastToResidents($input: BroadcastInput!) {
    broadcastToResidents(input: $input) { id recipients }
  }
`),bs=[["1","1 jour"],["7","7 jours"],["30","30 jours"]];function tr({code:t}){let n=K(ys,a=>a.broadcasts,{code:t},[t]),[o,r]=m(""),[i,s]=m(""),[u,d]=m("7"),l=E(async()=>{let a=new Date(Date.now()+Number(u)*864e5).toISOString(),y=await $(fs,{input:{communeCodes:[t],title:o,body:i,expiresAt:a}});r(""),s(""),n.reload();let f=y.broadcastToResidents.recipients;return`Message envoyé à ${f} habitant${f>1?"s":""}.`});return e(T,{title:"Messages aux habitants",id:"messages",children:[n.error&&e(I,{kind:"error",children:n.error}),e("ul",{class:"plain","data-testid":"broadcasts",children:n.nodes.map(a=>e("li",{children:[e("strong",{children:a.title})," — ",a.sender,", le ",P(a.createdAt),", ",a.recipients," habitant",a.recipients>1?"s":""," (jusqu’au ",P(a.expiresAt),")",e("p",{class:"note",children:a.body})]},a.id))}),n.total===0&&e("p",{class:"muted",children:"Aucun message envoyé."}),n.more,e("form",{"aria-labelledby":"broadcast-title",onSubmit:a=>{a.preventDefault(),l.run()},children:[e("h3",{id:"broadcast-title",children:"Écrire aux habitants inscrits"}),e(A,{label:"Titre du message",value:o,onInput:r,required:!0}),e(A,{label:"Texte du message (sans nom ni adresse)",value:i,onInput:s,required:!0}),e(N,{label:"Affiché pendant",value:u,onChange:d,options:bs}),e("button",{type:"submit",disabled:l.busy||!o.trim()||!i.trim(),children:"Envoyer aux habitants"}),l.feedback]})]})}var Ss=b(`
  query MySmsAlerts {
    me { id phone smsAlerts }
  }
`),$s=b(`
  mutation SetSmsAlerts($enabled: Boolean!) {
    setSmsAlerts(enabled: $enabled) { id smsAlerts }
  }
`);function nr(){let[t,n]=m(null),[o,r]=m(null),[i,s]=m(null);_(()=>{$(Ss).then(d=>(n(d.me.smsAlerts??!1),r(d.me.phone??null))).catch(d=>s(x(d)))},[]);let u=E(async d=>{n(d);try{let l=await $($s,{enabled:d});n(l.setSmsAlerts.smsAlerts??d)}catch(l){throw n(!d),l}return d?"Vous recevrez les alertes par SMS.":"Vous ne recevrez plus les alertes par SMS."});return i?e(I,{kind:"error",children:i}):t===null?null:e("div",{class:"sms-choice",children:[e("label",{class:"check",children:[e("input",{type:"checkbox",checked:t,disabled:u.busy,onChange:d=>void u.run(d.currentTarget.checked)}),"Recevoir les alertes d’intervention par SMS"]}),e("p",{class:"hint",children:o?`Au ${o}. Seuls les élus qui l’ont choisi sont prévenus par SMS ; tous voient les alertes ici.`:"Aucun numéro de mobile n’est enregistré pour votre compte : demandez à la préfecture de l’ajouter."}),u.feedback]})}var hs=b(`
  subscription CoordinatorFeed {
    myNotifications { kind }
  }
`);function ir({me:t}){let n=t.coordinatedCommunes,[o,r]=m(n[0]?.code??""),[i,s]=m({enrolments:0,alerts:0});return _(()=>{let u=Fe({document:hs,variables:()=>({}),onData:d=>{let l=d.myNotifications.kind;l==="ENROLMENT_REQUEST"&&s(a=>({...a,enrolments:a.enrolments+1})),l==="INTERVENTION_ALERT"&&s(a=>({...a,alerts:a.alerts+1}))}});return()=>u.close()},[]),o?e("div",{class:"commune",children:[n.length>1&&e("form",{class:"filters",onSubmit:u=>u.preventDefault(),children:e(N,{label:"Commune",value:o,onChange:r,options:n.map(u=>[u.code,u.name])})}),e("div",{class:"columns",children:[e(Es,{code:o,heard:i.enrolments}),e(xs,{code:o,heard:i.alerts})]}),e(er,{code:o}),e(tr,{code:o}),e(Ue,{communes:n,side:"commune"}),e(se,{}),e(qs,{code:o}),e(Ds,{code:o})]}):e(I,{kind:"info",children:"Aucune commune ne vous est rattachée : adressez-vous à la préfecture."})}var Cs=b(`
  query CommuneBilan($code: String!, $year: Int!) {
    communeBilan(communeCode: $code, year: $year) { total threshold csv }
  }
`);function Ds({code:t}){let n=new Date().getFullYear(),[o,r]=m(String(n)),[i,s]=m(null),[u,d]=m(null);_(()=>{$(Cs,{code:t,year:Number(o)}).then(f=>(s(f),d(null))).catch(f=>d(x(f)))},[t,o]);let l=i?.communeBilan,a=()=>{if(!l)return;let f=URL.createObjectURL(new Blob([l.csv],{type:"text/csv;charset=utf-8"})),c=document.createElement("a");c.href=f,c.download=`bilan-${t}-${o}.csv`,c.click(),URL.revokeObjectURL(f)},y=[0,1,2,3,4].map(f=>[String(n-f),String(n-f)]);return e(T,{title:"Bilan annuel",id:"bilan",children:[e("form",{class:"filters",onSubmit:f=>f.preventDefault(),"aria-label":"Année du bilan",children:e(N,{label:"Année",value:o,onChange:r,options:y})}),u&&e(I,{kind:"error",children:u}),l&&e(q,{children:[e("p",{class:"figures",children:e("span",{children:[e("strong",{"data-testid":"bilan-total",children:l.total??`< ${l.threshold}`})," signalements"]})}),e("p",{children:["Les nombres inférieurs à ",l.threshold," sont masqués (« < ",l.threshold," ») pour qu’aucun chiffre ne désigne un voisin."]}),e("button",{type:"button",onClick:a,children:"Télécharger le bilan (CSV)"})]})]})}var Rs=b(`
  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email phone enrolmentStatus }
    }
  }
`),As=b(`
  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }
  }
`),vs=b(`
  mutation SuspendResident($id: ID!, $reason: String!) {
    suspendResident(userId: $id, reason: $reason) { id }
  }
`),Is=b(`
  mutation ReinstateResident($id: ID!) {
    reinstateResident(userId: $id) { id }
  }
`),_s=b(`
  query CommuneAlerts($code: String!) {
    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }
  }
`);function Es({code:t,heard:n}){let[o,r]=m("PENDING"),i=K(Rs,s=>s.enrolmentRequests,{code:t,status:o},[t,o,n]);return e(T,{title:"Inscriptions des habitants",id:"inscriptions",children:[e("form",{class:"filters",onSubmit:s=>s.preventDefault(),children:e(N,{label:"Afficher",value:o,onChange:s=>r(s),options:Object.entries(ye)})}),i.error&&e(I,{kind:"error",children:i.error}),i.total!==null&&e(q,{children:[e("p",{class:"count",children:[i.total," inscription",i.total>1?"s":""," ",ye[o].toLowerCase(),i.total>1?"s":""]}),e("ul",{class:"people",children:i.nodes.map(s=>e(Ns,{person:s,onChanged:i.reload},s.id))}),i.more]})]})}function Ns({person:t,onChanged:n}){let[o,r]=m(""),{run:i,busy:s,feedback:u}=E(async l=>{l==="approve"||l==="reject"?await $(As,{id:t.id,approve:l==="approve",reason:o.trim()||null}):l==="suspend"?await $(vs,{id:t.id,reason:o}):await $(Is,{id:t.id}),n()}),d=t.enrolmentStatus==="PENDING";return e("li",{class:"person","data-person":t.email,children:[e("div",{children:[e("strong",{children:t.displayName})," — ",t.email,t.phone&&` — ${t.phone}`]}),(d||t.enrolmentStatus==="APPROVED")&&e(A,{label:d?"Motif (en cas de refus)":"Motif de la suspension",value:o,onInput:r}),e("div",{class:"buttons",children:[d&&e(q,{children:[e("button",{type:"button",class:"primary",disabled:s,onClick:()=>void i("approve"),children:["Approuver ",t.displayName]}),e("button",{type:"button",disabled:s,onClick:()=>void i("reject"),children:"Refuser"})]}),t.enrolmentStatus==="APPROVED"&&e("button",{type:"button",disabled:s||!o.trim(),onClick:()=>void i("suspend"),children:"Suspendre"}),t.enrolmentStatus==="SUSPENDED"&&e("button",{type:"button",disabled:s,onClick:()=>void i("reinstate"),children:"Rétablir"})]}),u]})}function xs({code:t,heard:n}){let[o,r]=m(null),[i,s]=m(null);return _(()=>{$(_s,{code:t}).then(u=>r(u.interventionAlerts.nodes)).catch(u=>s(x(u)))},[t,n]),e(T,{title:"Alertes d’intervention reçues",id:"alertes",children:[i&&e(I,{kind:"error",children:i}),o&&o.length===0&&e("p",{class:"muted",children:"Aucune alerte."}),e("ul",{class:"plain alerts",children:(o??[]).map(u=>e("li",{children:[e("time",{dateTime:u.createdAt,children:P(u.createdAt)})," — ",u.message,u.closedAt?e("p",{class:"muted",children:["Terminée le ",P(u.closedAt)," ",u.closingMessage&&`: ${u.closingMessage}`]}):e("p",{class:"badge",children:"En cours"})]},u.id))}),e(nr,{})]})}var Ps=b(`
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
`);function or(t){return new Date(Date.now()+t*864e5).toISOString().slice(0,10)}function qs({code:t}){let[n,o]=m(or(-90)),[r,i]=m(or(0)),[s,u]=m(null),[d,l]=m(null);_(()=>{let g={from:n?`${n}T00:00:00Z`:null,to:r?new Date(Date.parse(`${r}T00:00:00Z`)+864e5).toISOString():null};$(Ps,{code:t,...g}).then(p=>(u(p),l(null))).catch(p=>l(x(p)))},[t,n,r]);let a=j(()=>Object.fromEntries((s?.categories??[]).map(g=>[g.code,g.label])),[s]),y=j(()=>{let g=new Map;for(let p of s?.communeActivity.reports.nodes??[]){let D=`${p.location.latitude},${p.location.longitude}`,S=g.get(D)??{...p.location,count:0};S.count+=1,g.set(D,S)}return[...g.entries()].map(([p,D])=>({id:p,latitude:D.latitude,longitude:D.longitude,weight:D.count,label:`${D.count} signalement${D.count>1?"s":""} dans ce carré d’environ 200 m`}))},[s]),f=s?.communeActivity,c=s?.communeOutlines??[];return e(T,{title:"Activité de la commune",id:"activite",children:[e("form",{class:"filters",onSubmit:g=>g.preventDefault(),"aria-label":"Période",children:[e(A,{label:"Du",type:"date",value:n,onInput:o}),e(A,{label:"Au",type:"date",value:r,onInput:i})]}),d&&e(I,{kind:"error",children:d}),f&&e("div",{class:"columns",children:[e("div",{children:[e("p",{class:"figures",children:[e("span",{children:[e("strong",{"data-testid":"activity-total",children:f.total})," signalements"]}),e("span",{children:["Délai médian de prise en compte : ",e("strong",{children:we(f.medianSecondsToAcknowledge)})]})]}),e(Oe,{weeks:Me(f.byWeek,n||f.byWeek[0]?.key||r,r)}),e("div",{class:"columns",children:[e(rr,{title:"Par catégorie",rows:f.byCategory,label:g=>a[g]??g}),e(rr,{title:"Par statut",rows:f.byStatus,label:Ao})]})]}),e(ie,{title:"Signalements de la période, par carré d’environ 200 m (sans signalant)",outlines:c,points:y,grid:!0})]})]})}function rr({title:t,rows:n,label:o}){return e("table",{class:"counts",children:[e("caption",{children:t}),e("tbody",{children:n.map(r=>e("tr",{children:[e("th",{scope:"row",children:o(r.key)}),e("td",{children:r.count})]},r.key))})]})}var Ts=b(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`),ks=b(`
  mutation ResetPassword($email: String!, $code: String!, $password: String!) {
    resetPassword(email: $email, code: $code, newPassword: $password)
  }
`);function sr({onChosen:t}){let[n,o]=m(""),[r,i]=m(""),[s,u]=m(""),d=E(async()=>(await $(Ts,{email:n.trim()}),"Si un compte utilise cette adresse, un code vient de lui être envoyé (valable une heure).")),l=E(async()=>{await $(ks,{email:n.trim(),code:r.trim(),password:s}),await t(n.trim(),s)});return e("form",{"aria-label":"Choisir un mot de passe",onSubmit:a=>{a.preventDefault(),l.run()},children:[e("p",{children:"Première connexion ou mot de passe oublié : saisissez le code à usage unique que vous avez reçu, puis votre nouveau mot de passe."}),e(A,{label:"Adresse électronique du compte",type:"email",autocomplete:"username",value:n,onInput:o,required:!0}),e("button",{type:"button",class:"link",disabled:d.busy||!n.trim(),onClick:()=>void d.run(),children:"Recevoir un code par courriel"}),d.feedback,e(A,{label:"Code à usage unique",autocomplete:"one-time-code",value:r,onInput:i,required:!0}),e(A,{label:"Nouveau mot de passe",type:"password",autocomplete:"new-password",hint:"Au moins 12 caractères ; une phrase facile à retenir convient.",value:s,onInput:u,required:!0}),e("button",{type:"submit",class:"primary",disabled:l.busy||!n.trim()||!r.trim()||!s,children:"Enregistrer le mot de passe et se connecter"}),l.feedback,e(I,{kind:"info",children:"Toutes les autres sessions de ce compte sont fermées."})]})}var ws=b(`
  mutation SetTotp($code: String) {
    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }
  }
`);function ar({onEnabled:t}){let[n,o]=m(null),[r,i]=m(""),[s,u]=m(null),[d,l]=m(!1),[a,y]=m(!1),f=async c=>{y(!0),u(null);try{let g=await $(ws,{code:c});o(g.setTotp),g.setTotp.enabled&&t(),i("")}catch(g){g instanceof H&&g.code==="CONFLICT"?l(!0):u(x(g))}finally{y(!1)}};return e(T,{title:"Double authentification",id:"securite",children:[d&&e(I,{kind:"info",children:"La double authentification est déjà activée sur ce compte. Pour changer d’application, demandez sa réinitialisation à la préfecture."}),!n&&!d&&e(q,{children:[e("p",{children:"Protégez votre compte : à chaque connexion, un code de votre application d’authentification vous sera demandé en plus du mot de passe."}),e("button",{type:"button",disabled:a,onClick:()=>void f(null),children:"Activer la double authentification"})]}),n&&!n.enabled&&e("form",{"aria-label":"Confirmer la double authentification",onSubmit:c=>{c.preventDefault(),f(r.trim())},children:[e("p",{children:"Scannez ce code avec votre application d’authentification, puis saisissez le code qu’elle affiche."}),n.qrSvg&&e("img",{class:"qr",width:"200",height:"200",alt:"Code QR de l’application d’authentification",src:`data:image/svg+xml;charset=utf-8,${encodeURIComponent(n.qrSvg)}`}),n.secret&&e("p",{children:["Ou saisissez la clé à la main : ",e("code",{children:n.secret})]}),e(A,{label:"Code à 6 chiffres",autocomplete:"one-time-code",value:r,onInput:i,required:!0}),e("button",{type:"submit",class:"primary",disabled:a,children:"Confirmer"})]}),n?.enabled&&e(q,{children:[e(I,{kind:"success",children:"Double authentification activée."}),e("p",{children:"Codes de secours, chacun utilisable une fois si vous perdez votre téléphone. Conservez-les en lieu sûr : ils ne seront plus affichés."}),e("ul",{class:"plain recovery",children:(n.recoveryCodes??[]).map(c=>e("li",{children:e("code",{children:c})},c))})]}),s&&e(I,{kind:"error",children:s})]})}var Ms=["BRIGADE_STAFF","COORDINATOR","ADMIN","PARTNER"];function Os(){let[t,n]=m(void 0),[o,r]=m(null),[i,s]=m(0);_(()=>{let d=$o(l=>l===null&&n(null));return ge().then(u),d},[]);let u=async d=>{if(d&&!Ms.includes(d.role)){await ke(),r("Les consoles sont réservées aux brigades, aux coordinateurs communaux, aux partenaires et à la préfecture. Les habitants utilisent l’application mobile Vigie."),n(null);return}No(d?.brigade?.timeZone??d?.coordinatedCommunes[0]?.timeZone),n(d)};return _(()=>{document.title=t?`${dt(t)} — Vigie`:"Connexion — Vigie"},[t]),t===void 0?e("p",{class:"loading",children:"Chargement…"}):t===null?e(Qs,{refused:o,onSignedIn:d=>void u(d)}):e(q,{children:[e("a",{class:"skip",href:"#contenu",children:"Aller au contenu"}),e("header",{class:"top",children:[e("div",{class:"brand",children:[e("img",{src:"/console/assets/vigie.svg",alt:"",width:"28",height:"28"}),e("span",{children:"Vigie"}),e("span",{class:"muted",children:dt(t)})]}),e("div",{class:"who",children:[e("span",{children:[t.displayName," — ",W[t.role]]}),e("button",{type:"button",onClick:()=>void ke(),children:"Se déconnecter"}),e("button",{type:"button",onClick:()=>void ke(!0),children:"Se déconnecter partout"})]})]}),e("main",{id:"contenu",tabIndex:-1,children:[e("h1",{children:dt(t)}),e("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),e("div",{children:[t.role==="BRIGADE_STAFF"&&t.brigade&&e(Xo,{me:t}),t.role==="COORDINATOR"&&e(ir,{me:t}),t.role==="ADMIN"&&e(Mo,{me:t}),t.role==="PARTNER"&&e(se,{})]},i),e(ar,{onEnabled:()=>s(d=>d+1)})]})]})}function dt(t){return t.role==="BRIGADE_STAFF"?`Console de brigade — ${t.brigade?.name??""}`:t.role==="COORDINATOR"?`Console communale — ${t.coordinatedCommunes.map(n=>n.name).join(", ")}`:t.role==="PARTNER"?"Espace partenaire — groupes de partenariat":"Administration"}function Qs({refused:t,onSignedIn:n}){let[o,r]=m(""),[i,s]=m(""),[u,d]=m(""),[l,a]=m(!1),[y,f]=m(null),[c,g]=m(!1),[p,D]=m(!1),S=async(v,w,B)=>{f(null);try{n(await Ro(v,w,B))}catch(V){V instanceof H&&V.code==="TOTP_REQUIRED"?a(!0):f(x(V))}},R=async v=>{v.preventDefault(),g(!0),await S(o.trim(),i,l?u.trim():null),g(!1)};return p?e("main",{class:"sign-in",id:"contenu",children:[e("img",{src:"/console/assets/vigie.svg",alt:"",width:"56",height:"56"}),e("h1",{children:"Vigie — choisir votre mot de passe"}),e(sr,{onChosen:async(v,w)=>{r(v),s(w),D(!1),await S(v,w,null)}}),e("button",{type:"button",class:"link",onClick:()=>D(!1),children:"Retour à la connexion"})]}):e("main",{class:"sign-in",id:"contenu",children:[e("img",{src:"/console/assets/vigie.svg",alt:"",width:"56",height:"56"}),e("h1",{children:"Vigie — consoles de la participation citoyenne"}),e("p",{children:"Brigades, coordinateurs communaux, partenaires et préfecture : connectez-vous avec votre compte Vigie."}),t&&e(I,{kind:"error",children:t}),e("form",{onSubmit:R,"aria-label":"Connexion",children:[e("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),e(A,{label:"Adresse électronique",type:"email",autocomplete:"username",value:o,onInput:r,required:!0}),e(A,{label:"Mot de passe",type:"password",autocomplete:"current-password",value:i,onInput:s,required:!0}),l&&e(A,{label:"Code de vérification",hint:"Le code à 6 chiffres de votre application d’authentification, ou un code de secours.",autocomplete:"one-time-code",value:u,onInput:d,required:!0}),y&&e(I,{kind:"error",children:y}),e("button",{type:"submit",class:"primary",disabled:c,children:"Se connecter"})]}),e("button",{type:"button",class:"link",onClick:()=>D(!0),children:"J’ai reçu un code à usage unique (première connexion, mot de passe oublié)"})]})}var ur=document.getElementById("app");ur&&Tt(e(Os,{}),ur);})();
