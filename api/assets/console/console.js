"use strict";(()=>{var De,A,mt,no,J,ut,pt,gt,Qe,be,ae,yt,Le,Be,Ve,oo,Se={},ve=[],ro=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Re=Array.isArray;function Z(e,t){for(var o in t)e[o]=t[o];return e}function Ue(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function io(e,t,o){var r,a,i,s={};for(i in t)i=="key"?r=t[i]:i=="ref"?a=t[i]:s[i]=t[i];if(arguments.length>2&&(s.children=arguments.length>3?De.call(arguments,2):o),typeof e=="function"&&e.defaultProps!=null)for(i in e.defaultProps)s[i]===void 0&&(s[i]=e.defaultProps[i]);return _e(e,s,r,a,null)}function _e(e,t,o,r,a){var i={type:e,props:t,key:o,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++mt,__i:-1,__u:0};return a==null&&A.vnode!=null&&A.vnode(i),i}function C(e){return e.children}function he(e,t){this.props=e,this.context=t}function ee(e,t){if(t==null)return e.__?ee(e.__,e.__i+1):null;for(var o;t<e.__k.length;t++)if((o=e.__k[t])!=null&&o.__e!=null)return o.__e;return typeof e.type=="function"?ee(e):null}function ao(e){if(e.__P&&e.__d){var t=e.__v,o=t.__e,r=[],a=[],i=Z({},t);i.__v=t.__v+1,A.vnode&&A.vnode(i),Fe(e.__P,i,t,e.__n,e.__P.namespaceURI,32&t.__u?[o]:null,r,o??ee(t),!!(32&t.__u),a),i.__v=t.__v,i.__.__k[i.__i]=i,St(r,i,a),t.__e=t.__=null,i.__e!=o&&ft(i)}}function ft(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),ft(e)}function lt(e){(!e.__d&&(e.__d=!0)&&J.push(e)&&!$e.__r++||ut!=A.debounceRendering)&&((ut=A.debounceRendering)||pt)($e)}function $e(){try{for(var e,t=1;J.length;)J.length>t&&J.sort(gt),e=J.shift(),t=J.length,ao(e)}finally{J.length=$e.__r=0}}function bt(e,t,o,r,a,i,s,c,u,d,p){var g,l,m,f,$,R,_=r&&r.__k||ve,S=t.length;for(u=so(o,t,_,u,S),g=0;g<S;g++)(m=o.__k[g])!=null&&(l=m.__i!=-1&&_[m.__i]||Se,m.__i=g,R=Fe(e,m,l,a,i,s,c,u,d,p),f=m.__e,m.ref&&l.ref!=m.ref&&(l.ref&&We(l.ref,null,m),p.push(m.ref,m.__c||f,m)),$==null&&f!=null&&($=f),4&m.__u?(u=_t(m,u,e),l.__e&&(l.__e=null)):typeof m.type=="function"&&R!==void 0?u=R:f&&(u=f.nextSibling),m.__u&=-7);return o.__e=$,u}function so(e,t,o,r,a){var i,s,c,u,d,p=o.length,g=p,l=0;for(e.__k=new Array(a),i=0;i<a;i++)(s=t[i])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s=="string"||typeof s=="number"||typeof s=="bigint"||s.constructor==String?s=e.__k[i]=_e(null,s,null,null,null):Re(s)?s=e.__k[i]=_e(C,{children:s},null,null,null):s.constructor===void 0&&s.__b>0?s=e.__k[i]=_e(s.type,s.props,s.key,s.ref?s.ref:null,s.__v):e.__k[i]=s,u=i+l,s.__=e,s.__b=e.__b+1,c=null,(d=s.__i=uo(s,o,u,g))!=-1&&(g--,(c=o[d])&&(c.__u|=2)),c==null||c.__v==null?(d==-1&&(a>p?l--:a<p&&l++),typeof s.type!="function"&&(s.__u|=4)):d!=u&&(d==u-1?l--:d==u+1?l++:(d>u?l--:l++,s.__u|=4))):e.__k[i]=null;if(g)for(i=0;i<p;i++)(c=o[i])!=null&&(2&c.__u)==0&&(c.__e==r&&(r=ee(c)),$t(c,c));return r}function _t(e,t,o){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,t=_t(r[a],t,o));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=ee(e)),t=o.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function uo(e,t,o,r){var a,i,s,c=e.key,u=e.type,d=t[o],p=d!=null&&(2&d.__u)==0;if(d===null&&c==null||p&&c==d.key&&u==d.type)return o;if(r>(p?1:0)){for(a=o-1,i=o+1;a>=0||i<t.length;)if((d=t[s=a>=0?a--:i++])!=null&&(2&d.__u)==0&&c==d.key&&u==d.type)return s}return-1}function dt(e,t,o){t[0]=="-"?e.setProperty(t,o??""):e[t]=o==null?"":typeof o!="number"||ro.test(t)?o:o+"px"}function fe(e,t,o,r,a){var i,s;e:if(t=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)o&&t in o||dt(e.style,t,"");if(o)for(t in o)r&&o[t]==r[t]||dt(e.style,t,o[t])}else if(t[0]=="o"&&t[1]=="n")i=t!=(t=t.replace(yt,"$1")),s=t.toLowerCase(),t=s in e||t=="onFocusOut"||t=="onFocusIn"?s.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+i]=o,o?r?o[ae]=r[ae]:(o[ae]=Le,e.addEventListener(t,i?Ve:Be,i)):e.removeEventListener(t,i?Ve:Be,i);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=o??"";break e}catch{}typeof o=="function"||(o==null||o===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&o==1?"":o))}}function ct(e){return function(t){if(this.l){var o=this.l[t.type+e];if(t[be]==null)t[be]=Le++;else if(t[be]<o[ae])return;return o(A.event?A.event(t):t)}}}function Fe(e,t,o,r,a,i,s,c,u,d){var p,g,l,m,f,$,R,_,S,w,O,V,P,G,K,X,Q=t.type;if(t.constructor!==void 0)return null;128&o.__u&&(u=!!(32&o.__u),i=[c=t.__e=o.__e]),(p=A.__b)&&p(t);e:if(typeof Q=="function"){g=s.length;try{if(S=t.props,w=Q.prototype&&Q.prototype.render,O=(p=Q.contextType)&&r[p.__c],V=p?O?O.props.value:p.__:r,o.__c?_=(l=t.__c=o.__c).__=l.__E:(w?t.__c=l=new Q(S,V):(t.__c=l=new he(S,V),l.constructor=Q,l.render=co),O&&O.sub(l),l.state||(l.state={}),l.__n=r,m=l.__d=!0,l.__h=[],l._sb=[]),w&&l.__s==null&&(l.__s=l.state),w&&Q.getDerivedStateFromProps!=null&&(l.__s==l.state&&(l.__s=Z({},l.__s)),Z(l.__s,Q.getDerivedStateFromProps(S,l.__s))),f=l.props,$=l.state,l.__v=t,m)w&&Q.getDerivedStateFromProps==null&&l.componentWillMount!=null&&l.componentWillMount(),w&&l.componentDidMount!=null&&l.__h.push(l.componentDidMount);else{if(w&&Q.getDerivedStateFromProps==null&&S!==f&&l.componentWillReceiveProps!=null&&l.componentWillReceiveProps(S,V),t.__v==o.__v||!l.__e&&l.shouldComponentUpdate!=null&&l.shouldComponentUpdate(S,l.__s,V)===!1){t.__v!=o.__v&&(l.props=S,l.state=l.__s,l.__d=!1),t.__e=o.__e,t.__k=o.__k,t.__k.some(function(H){H&&(H.__=t)}),ve.push.apply(l.__h,l._sb),l._sb=[],l.__h.length&&s.push(l),c=ee(o);break e}l.componentWillUpdate!=null&&l.componentWillUpdate(S,l.__s,V),w&&l.componentDidUpdate!=null&&l.__h.push(function(){l.componentDidUpdate(f,$,R)})}if(l.context=V,l.props=S,l.__P=e,l.__e=!1,P=A.__r,G=0,w)l.state=l.__s,l.__d=!1,P&&P(t),p=l.render(l.props,l.state,l.context),ve.push.apply(l.__h,l._sb),l._sb=[];else do l.__d=!1,P&&P(t),p=l.render(l.props,l.state,l.context),l.state=l.__s;while(l.__d&&++G<25);l.state=l.__s,l.getChildContext!=null&&(r=Z(Z({},r),l.getChildContext())),w&&!m&&l.getSnapshotBeforeUpdate!=null&&(R=l.getSnapshotBeforeUpdate(f,$)),K=p!=null&&p.type===C&&p.key==null?vt(p.props.children):p,c=bt(e,Re(K)?K:[K],t,o,r,a,i,s,c,u,d),l.base=t.__e,t.__u&=-161,l.__h.length&&s.push(l),_&&(l.__E=l.__=null)}catch(H){if(s.length=g,t.__v=null,u||i!=null){if(H.then){for(t.__u|=u?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;i!=null&&(i[i.indexOf(c)]=null),t.__e=c}else if(i!=null)for(X=i.length;X--;)Ue(i[X])}else t.__e=o.__e;t.__k==null&&(t.__k=o.__k||[]),H.then||ht(t),A.__e(H,t,o)}}else i==null&&t.__v==o.__v?(t.__k=o.__k,t.__e=o.__e):c=t.__e=lo(o.__e,t,o,r,a,i,s,u,d);return(p=A.diffed)&&p(t),128&t.__u?void 0:c}function ht(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(ht))}function St(e,t,o){for(var r=0;r<o.length;r++)We(o[r],o[++r],o[++r]);A.__c&&A.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(i){i.call(a)})}catch(i){A.__e(i,a.__v)}})}function vt(e){return typeof e!="object"||e==null||e.__b>0?e:Re(e)?e.map(vt):e.constructor!==void 0?null:Z({},e)}function lo(e,t,o,r,a,i,s,c,u){var d,p,g,l,m,f,$,R=o.props||Se,_=t.props,S=t.type;if(S=="svg"?a="http://www.w3.org/2000/svg":S=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),i!=null){for(d=0;d<i.length;d++)if((m=i[d])&&"setAttribute"in m==!!S&&(S?m.localName==S:m.nodeType==3)){e=m,i[d]=null;break}}if(e==null){if(S==null)return document.createTextNode(_);e=document.createElementNS(a,S,_.is&&_),c&&(A.__m&&A.__m(t,i),c=!1),i=null}if(S==null)R===_||c&&e.data==_||(e.data=_);else{if(i=S=="textarea"&&_.defaultValue!=null?null:i&&De.call(e.childNodes),!c&&i!=null)for(R={},d=0;d<e.attributes.length;d++)R[(m=e.attributes[d]).name]=m.value;for(d in R)m=R[d],d=="dangerouslySetInnerHTML"?g=m:d=="children"||d in _||d=="value"&&"defaultValue"in _||d=="checked"&&"defaultChecked"in _||fe(e,d,null,m,a);for(d in _)m=_[d],d=="children"?l=m:d=="dangerouslySetInnerHTML"?p=m:d=="value"?f=m:d=="checked"?$=m:c&&typeof m!="function"||R[d]===m||fe(e,d,m,R[d],a);if(p)c||g&&(p.__html==g.__html||p.__html==e.innerHTML)||(e.innerHTML=p.__html),t.__k=[];else if(g&&(e.innerHTML=""),bt(t.type=="template"?e.content:e,Re(l)?l:[l],t,o,r,S=="foreignObject"?"http://www.w3.org/1999/xhtml":a,i,s,i?i[0]:o.__k&&ee(o,0),c,u),i!=null)for(d=i.length;d--;)Ue(i[d]);c&&S!="textarea"||(d="value",S=="progress"&&f==null?e.removeAttribute("value"):f!=null&&(f!==e[d]||S=="progress"&&!f||S=="option"&&f!=R[d])&&fe(e,d,f,R[d],a),d="checked",$!=null&&$!=e[d]&&fe(e,d,$,R[d],a))}return e}function We(e,t,o){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(a){A.__e(a,o)}}function $t(e,t,o){var r,a;if(A.unmount&&A.unmount(e),(r=e.ref)&&(r.current&&r.current!=e.__e||We(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(i){A.__e(i,t)}r.base=r.__P=r.__n=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&$t(r[a],t,o||typeof e.type!="function");o||Ue(e.__e),e.__c=e.__=e.__e=void 0}function co(e,t,o){return this.constructor(e,o)}function Dt(e,t,o){var r,a,i,s;t==document&&(t=document.documentElement),A.__&&A.__(e,t),a=(r=typeof o=="function")?null:o&&o.__k||t.__k,i=[],s=[],Fe(t,e=(!r&&o||t).__k=io(C,null,[e]),a||Se,Se,t.namespaceURI,!r&&o?[o]:a?null:t.firstChild?De.call(t.childNodes):null,i,!r&&o?o:a?a.__e:t.firstChild,r,s),St(i,e,s),e.props.children=null}De=ve.slice,A={__e:function(e,t,o,r){for(var a,i,s;t=t.__;)if((a=t.__c)&&!a.__)try{if((i=a.constructor)&&i.getDerivedStateFromError!=null&&(a.setState(i.getDerivedStateFromError(e)),s=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),s=a.__d),s)return a.__E=a}catch(c){e=c}throw e}},mt=0,no=function(e){return e!=null&&e.constructor===void 0},he.prototype.setState=function(e,t){var o;o=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Z({},this.state),typeof e=="function"&&(e=e(Z({},o),this.props)),e&&Z(o,e),e!=null&&this.__v&&(t&&this._sb.push(t),lt(this))},he.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),lt(this))},he.prototype.render=C,J=[],pt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,gt=function(e,t){return e.__v.__b-t.__v.__b},$e.__r=0,Qe=Math.random().toString(8),be="__d"+Qe,ae="__a"+Qe,yt=/(PointerCapture)$|Capture$/i,Le=0,Be=ct(!1),Ve=ct(!0),oo=0;var se,T,Ge,Rt,ue=0,kt=[],q=A,At=q.__b,Et=q.__r,Ct=q.diffed,It=q.__c,Nt=q.unmount,xt=q.__;function Ke(e,t){q.__h&&q.__h(T,e,ue||t),ue=0;var o=T.__H||(T.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function y(e){return ue=1,mo(qt,e)}function mo(e,t,o){var r=Ke(se++,2);if(r.t=e,!r.__c&&(r.__=[o?o(t):qt(void 0,t),function(c){var u=r.__N?r.__N[0]:r.__[0],d=r.t(u,c);u!==d&&(r.__N=[d,r.__[1]],r.__c.setState({}))}],r.__c=T,!T.__f)){var a=function(c,u,d){if(!r.__c.__H)return!0;var p=!1,g=r.__c.props!==c;if(r.__c.__H.__.some(function(m){if(m.__N){p=!0;var f=m.__[0];m.__=m.__N,m.__N=void 0,f!==m.__[0]&&(g=!0)}}),i){var l=i.call(this,c,u,d);return p?l||g:l}return!p||g};T.__f=!0;var i=T.shouldComponentUpdate,s=T.componentWillUpdate;T.componentWillUpdate=function(c,u,d){if(this.__e){var p=i;i=void 0,a(c,u,d),i=p}s&&s.call(this,c,u,d)},T.shouldComponentUpdate=a}return r.__N||r.__}function E(e,t){var o=Ke(se++,3);!q.__s&&wt(o.__H,t)&&(o.__=e,o.u=t,T.__H.__h.push(o))}function Ee(e){return ue=5,F(function(){return{current:e}},[])}function F(e,t){var o=Ke(se++,7);return wt(o.__H,t)&&(o.__=e(),o.__H=t,o.__h=e),o.__}function Ce(e,t){return ue=8,F(function(){return e},t)}function po(){for(var e;e=kt.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Ae),t.__h.some(He),t.__h=[]}catch(o){t.__h=[],q.__e(o,e.__v)}}}q.__b=function(e){T=null,At&&At(e)},q.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),xt&&xt(e,t)},q.__r=function(e){Et&&Et(e),se=0;var t=(T=e.__c).__H;t&&(Ge===T?(t.__h=[],T.__h=[],t.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})):(t.__h.some(Ae),t.__h.some(He),t.__h=[],se=0)),Ge=T},q.diffed=function(e){Ct&&Ct(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(kt.push(t)!==1&&Rt===q.requestAnimationFrame||((Rt=q.requestAnimationFrame)||go)(po)),t.__H.__.some(function(o){o.u&&(o.__H=o.u,o.u=void 0)})),Ge=T=null},q.__c=function(e,t){t.some(function(o){try{o.__h.some(Ae),o.__h=o.__h.filter(function(r){return!r.__||He(r)})}catch(r){t.some(function(a){a.__h&&(a.__h=[])}),t=[],q.__e(r,o.__v)}}),It&&It(e,t)},q.unmount=function(e){Nt&&Nt(e);var t,o=e.__c;o&&o.__H&&(o.__H.__.some(function(r){try{Ae(r)}catch(a){t=a}}),o.__H=void 0,t&&q.__e(t,o.__v))};var Tt=typeof requestAnimationFrame=="function";function go(e){var t,o=function(){clearTimeout(r),Tt&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(o,35);Tt&&(t=requestAnimationFrame(o))}function Ae(e){var t=T,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),T=t}function He(e){var t=T;e.__c=e.__(),T=t}function wt(e,t){return!e||e.length!==t.length||t.some(function(o,r){return o!==e[r]})}function qt(e,t){return typeof t=="function"?t(e):t}var v=class extends String{__apiType;value;__meta__;constructor(t,o){super(t),this.value=t,this.__meta__=o}toString(){return this.value}},Mt=new v(`
    fragment Me on User {
  id
  displayName
  email
  role
  rank
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
    `,{fragmentName:"Me"}),Ot=new v(`
    query AdminCommunes {
  communes(participating: true) {
    code
    name
    participatingSince
    brigade {
      name
    }
    referent {
      displayName
    }
  }
}
    `),Pt=new v(`
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
    `),Qt=new v(`
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
    `),Bt=new v(`
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
    `),Vt=new v(`
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
    `),Lt=new v(`
    mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
  setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) {
    code
  }
}
    `),Ut=new v(`
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
    `),Ft=new v(`
    mutation EnableAccount($id: ID!) {
  enableAccount(userId: $id) {
    id
  }
}
    `),Wt=new v(`
    mutation DisableAccount($id: ID!) {
  disableAccount(userId: $id, reason: "Désactivé depuis la console") {
    id
  }
}
    `),Gt=new v(`
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
    `),Ht=new v(`
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
}`),Kt=new v(`
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
}`),Zt=new v(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `),jt=new v(`
    mutation EndSession {
  endSession
}
    `),Yt=new v(`
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
    `),zt=new v(`
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
      }
    }
  }
  brigadeTo: brigades {
    id
    code
    name
  }
}
    `),Jt=new v(`
    query QueueOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),Xt=new v(`
    subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
  brigadeQueueEvents(brigadeId: $brigade, after: $after) {
    id
    reportId
    kind
    status
  }
}
    `),en=new v(`
    subscription CoordinatorFeed {
  myNotifications {
    kind
  }
}
    `),tn=new v(`
    query CommuneBilan($code: String!, $year: Int!) {
  communeBilan(communeCode: $code, year: $year) {
    total
    threshold
    csv
  }
}
    `),nn=new v(`
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
    `),on=new v(`
    mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
  decideEnrolment(userId: $id, approve: $approve, reason: $reason) {
    id
  }
}
    `),rn=new v(`
    mutation SuspendResident($id: ID!, $reason: String!) {
  suspendResident(userId: $id, reason: $reason) {
    id
  }
}
    `),an=new v(`
    mutation ReinstateResident($id: ID!) {
  reinstateResident(userId: $id) {
    id
  }
}
    `),sn=new v(`
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
    `),un=new v(`
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
    `),ln=new v(`
    query DepartementChoices {
  brigades {
    departement
  }
}
    `),dn=new v(`
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
    `),cn=new v(`
    query DepartementOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),mn=new v(`
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
  }
}
    `),pn=new v(`
    mutation SetTotp($code: String) {
  setTotp(code: $code) {
    uri
    qrSvg
    secret
    enabled
    recoveryCodes
  }
}
    `),gn=new v(`
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
    `),yn=new v(`
    mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
  addReportNote(
    reportId: $id
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
  }
}
    `),fn=new v(`
    mutation MarkDuplicate($id: ID!, $of: ID!) {
  markDuplicate(reportId: $id, duplicateOf: $of) {
    id
    status
  }
}
    `),bn=new v(`
    mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
  rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) {
    id
  }
}
    `),_n=new v(`
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
    `),hn=new v(`
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
    `),Sn=new v(`
    mutation CloseInterventionAlert($id: ID!, $message: String!) {
  closeInterventionAlert(id: $id, message: $message) {
    id
    closedAt
  }
}
    `),vn=new v(`
    query BrigadeStaff {
  brigadeStaff {
    id
    displayName
    rank
    commander
  }
}
    `),$n=new v(`
    mutation AssignReport($id: ID!, $user: ID) {
  assignReport(reportId: $id, userId: $user) {
    id
    assignee {
      id
      displayName
    }
  }
}
    `),Dn=new v(`
    mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
  setReportPriority(reportId: $id, priority: $priority, reason: $reason) {
    id
    priority
  }
}
    `);var fo={"\n  query AdminCommunes {\n    communes(participating: true) { code name participatingSince brigade { name } referent { displayName } }\n  }\n":Ot,"\n  query AdminBrigades {\n    brigades { id code name kind phone communes { code } }\n  }\n":Pt,"\n  query AdminCategories {\n    categories { code label urgency order active diversion }\n  }\n":Qt,"\n  query RoutingSetup {\n    communes(participating: true) { code name brigade { name } }\n    categories { code label }\n    brigades { id name }\n  }\n":Bt,"\n  query RoutingRules($c: String!) {\n    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }\n  }\n":Vt,"\n  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {\n    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }\n  }\n":Lt,"\n  query Accounts($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }\n    }\n  }\n":Ut,"\n  mutation EnableAccount($id: ID!) {\n    enableAccount(userId: $id) { id }\n  }\n":Ft,'\n  mutation DisableAccount($id: ID!) {\n    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }\n  }\n':Wt,"\n  query Audit($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at kind targetType targetId actor { displayName } }\n    }\n  }\n":Gt,"\n  fragment Me on User {\n    id\n    displayName\n    email\n    role\n    rank\n    brigade { id code name departement timeZone }\n    coordinatedCommunes { code name timeZone }\n  }\n":Mt,"\n  mutation ResumeSession {\n    resumeSession { accessToken expiresIn user { ...Me } }\n  }\n":Ht,"\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }\n  }\n":Kt,"\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n":Zt,"\n  mutation EndSession {\n    endSession\n  }\n":jt,"\n  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {\n    brigadeQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status description createdAt priority overdue assignee { displayName } category { code label urgency } commune { code name } location { latitude longitude } }\n    }\n  }\n":Yt,"\n  query BrigadeSetup {\n    categories { code label }\n    me { brigade { communes { code name } } }\n    brigadeTo: brigades { id code name }\n  }\n":zt,"\n  query QueueOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":Jt,"\n  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {\n    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }\n  }\n":Xt,"\n  subscription CoordinatorFeed {\n    myNotifications { kind }\n  }\n":en,"\n  query CommuneBilan($code: String!, $year: Int!) {\n    communeBilan(communeCode: $code, year: $year) { total threshold csv }\n  }\n":tn,"\n  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {\n    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email phone enrolmentStatus }\n    }\n  }\n":nn,"\n  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {\n    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }\n  }\n":on,"\n  mutation SuspendResident($id: ID!, $reason: String!) {\n    suspendResident(userId: $id, reason: $reason) { id }\n  }\n":rn,"\n  mutation ReinstateResident($id: ID!) {\n    reinstateResident(userId: $id) { id }\n  }\n":an,"\n  query CommuneAlerts($code: String!) {\n    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }\n  }\n":sn,"\n  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {\n    communeOutlines(codes: [$code]) { code name polygons }\n    communeActivity(communeCode: $code, from: $from, to: $to) {\n      total\n      medianSecondsToAcknowledge\n      byCategory { key count }\n      byStatus { key count }\n      byWeek { key count }\n      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }\n    }\n    categories { code label }\n  }\n":un,"\n  query DepartementChoices {\n    brigades { departement }\n  }\n":ln,"\n  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {\n    departementActivity(departement: $departement, from: $from, to: $to) {\n      total\n      communes { code name participating total open }\n      byWeek { key count }\n      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }\n      cells { latitude longitude count }\n    }\n  }\n":dn,"\n  query DepartementOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":cn,"\n  query ReportDetail($id: ID!) {\n    report(id: $id) {\n      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue\n      assignee { id displayName }\n      category { code label urgency }\n      commune { code name }\n      brigade { id name }\n      location { latitude longitude }\n      photos { id url }\n      reporter { displayName email phone }\n      duplicateOf { id }\n      events { id kind status publicNote internalNote actorRole at }\n      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }\n    }\n  }\n":mn,"\n  mutation SetTotp($code: String) {\n    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }\n  }\n":pn,"\n  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {\n    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }\n  }\n":gn,"\n  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {\n    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }\n  }\n":yn,"\n  mutation MarkDuplicate($id: ID!, $of: ID!) {\n    markDuplicate(reportId: $id, duplicateOf: $of) { id status }\n  }\n":fn,"\n  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {\n    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }\n  }\n":bn,"\n  query ReportAlerts($commune: String!) {\n    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }\n  }\n":_n,"\n  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {\n    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }\n  }\n":hn,"\n  mutation CloseInterventionAlert($id: ID!, $message: String!) {\n    closeInterventionAlert(id: $id, message: $message) { id closedAt }\n  }\n":Sn,"\n  query BrigadeStaff {\n    brigadeStaff { id displayName rank commander }\n  }\n":vn,"\n  mutation AssignReport($id: ID!, $user: ID) {\n    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }\n  }\n":$n,"\n  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {\n    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }\n  }\n":Dn};function h(e){return fo[e]??{}}var U=class extends Error{constructor(o,r,a=null){super(o);this.code=r;this.field=a}};h(`
  fragment Me on User {
    id
    displayName
    email
    role
    rank
    brigade { id code name departement timeZone }
    coordinatedCommunes { code name timeZone }
  }
`);var bo=h(`
  mutation ResumeSession {
    resumeSession { accessToken expiresIn user { ...Me } }
  }
`),_o=h(`
  mutation Login($email: String!, $password: String!, $totpCode: String) {
    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }
  }
`),ho=h(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`),So=h(`
  mutation EndSession {
    endSession
  }
`),j=null,Ne=0,Ze=null,je=new Set;function Rn(e){return je.add(e),()=>je.delete(e)}function An(e){return j=e.accessToken,Ne=Date.now()+e.expiresIn*1e3,e.user}function En(){j=null,Ne=0,je.forEach(e=>e(null))}async function Cn(){return j&&Date.now()>Ne-3e4&&await de(),j}async function le(e,t){let o={"content-type":"application/json"};j&&(o.authorization=`Bearer ${j}`);let r;try{r=await fetch("/graphql",{method:"POST",headers:o,credentials:"same-origin",body:JSON.stringify({query:e.toString(),variables:t})})}catch{throw new U("Le serveur est injoignable. Vérifiez la connexion puis réessayez.","NETWORK")}try{return await r.json()}catch{throw new U(`Réponse illisible du serveur (HTTP ${r.status}).`,"INTERNAL")}}function Ie(e){let t=e?.errors?.[0];return t?new U(t.message??"Erreur",t.extensions?.code??"INTERNAL",t.extensions?.field??null):null}async function D(e,...[t]){j&&Date.now()>Ne-3e4&&await de();let o=t??{},r=await le(e,o),a=Ie(r);if(a?.code==="UNAUTHENTICATED"&&j&&await de()&&(r=await le(e,o),a=Ie(r)),a)throw a.code==="UNAUTHENTICATED"&&En(),a;if(!r.data)throw new U("Réponse vide du serveur.","INTERNAL");return r.data}function de(){return Ze??=(async()=>{try{let e=await le(bo,{});return Ie(e)||!e.data?(j=null,null):An(e.data.resumeSession)}catch{return null}finally{Ze=null}})(),Ze}async function In(e,t,o=null){let r=await le(_o,{email:e,password:t,totpCode:o}),a=Ie(r);if(a)throw a;if(!r.data)throw new U("Réponse vide du serveur.","INTERNAL");return An(r.data.login)}async function xe(e=!1){try{e?await D(ho):await le(So,{})}finally{En()}}var W={SUBMITTED:"Reçu",ACKNOWLEDGED:"Pris en compte",IN_PROGRESS:"Intervention en cours",RESOLVED:"Traité",REJECTED:"Classé sans suite",DUPLICATE:"Doublon",WITHDRAWN:"Retiré"};function Nn(e){return Object.hasOwn(W,e)?W[e]:e}var xn=["SUBMITTED","ACKNOWLEDGED","IN_PROGRESS"],Tn={FILED:"Signalement déposé",STATUS_CHANGED:"Statut modifié",NOTE:"Réponse au signalant",INTERNAL_NOTE:"Note interne",COMMENT:"Précision du signalant",PHOTOS_ADDED:"Photos ajoutées",REROUTED:"Transmis à une autre unité",DUPLICATE_LINKED:"Rattaché comme doublon",WITHDRAWN:"Retiré par le signalant",ASSIGNED:"Attribution",PRIORITY_CHANGED:"Priorité modifiée",ESCALATED:"Délai dépassé, hiérarchie prévenue"},te={RESIDENT:"Habitant",COORDINATOR:"Coordinateur communal",BRIGADE_STAFF:"Personnel de brigade",ADMIN:"Administrateur",PARTNER:"Partenaire"},ce={PENDING:"En attente",APPROVED:"Approuvée",REJECTED:"Refusée",SUSPENDED:"Suspendue"},kn={COMMUNE_DEFAULT:"Brigade de la commune",CATEGORY_OVERRIDE:"Règle par catégorie",REROUTED:"Transmis"},Y={3:"Immédiate",2:"Élevée",1:"Normale",0:"Faible"},wn=[3,2,1,0],Ye=e=>new Intl.DateTimeFormat("fr-FR",{dateStyle:"short",timeStyle:"short",timeZone:e}),ze=Ye("Europe/Paris");function qn(e){try{ze=Ye(e||"Europe/Paris")}catch{ze=Ye("Europe/Paris")}}var vo=new Intl.DateTimeFormat("fr-FR",{day:"numeric",month:"short",timeZone:"UTC"});function B(e){return ze.format(new Date(e))}function Te(e){return vo.format(new Date(`${e}T00:00:00Z`))}function Mn(e,t=Date.now()){let o=Math.max(0,Math.round((t-new Date(e).getTime())/6e4));if(o<1)return"à l’instant";if(o<60)return`il y a ${o} min`;let r=Math.round(o/60);return r<48?`il y a ${r} h`:`il y a ${Math.round(r/24)} j`}function ke(e){return e==null?"—":e<3600?`${Math.round(e/60)} min`:e<172800?`${(e/3600).toFixed(1).replace(".",",")} h`:`${Math.round(e/86400)} j`}var $o=0,Qr=Array.isArray;function n(e,t,o,r,a,i){t||(t={});var s,c,u=t;if("ref"in u)for(c in u={},t)c=="ref"?s=t[c]:u[c]=t[c];var d={type:e,props:u,key:o,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--$o,__i:-1,__u:0,__source:a,__self:i};if(typeof e=="function"&&(s=e.defaultProps))for(c in s)u[c]===void 0&&(u[c]=s[c]);return A.vnode&&A.vnode(d),d}function On(e){let t=new Date(`${e}T00:00:00Z`);return t.setUTCDate(t.getUTCDate()-(t.getUTCDay()+6)%7),t}function we(e,t,o){let r=new Map(e.map(s=>[s.key,s.count])),a=[],i=On(o);for(let s=On(t);s<=i&&a.length<530;s.setUTCDate(s.getUTCDate()+7)){let c=s.toISOString().slice(0,10);a.push({key:c,count:r.get(c)??0})}return a.length?a:e}function qe({weeks:e}){if(e.every(i=>i.count===0))return n("p",{class:"muted",children:"Aucun signalement sur la période."});let t=Math.max(...e.map(i=>i.count)),o=180,r=Math.min(48,640/e.length),a=r*e.length;return n("figure",{class:"chart","data-testid":"weekly-chart",children:[n("svg",{viewBox:`0 0 ${a} ${o+24}`,role:"img","aria-labelledby":"weekly-caption",children:e.map((i,s)=>{let c=t?Math.max(2,i.count/t*o):0;return n("g",{children:[n("rect",{x:s*r+2,y:o-c,width:Math.max(2,r-4),height:c,class:"bar",children:n("title",{children:`Semaine du ${Te(i.key)} : ${i.count}`})}),(e.length<=12||s%Math.ceil(e.length/12)===0)&&n("text",{x:s*r+r/2,y:o+16,class:"axis",children:Te(i.key)})]},i.key)})}),n("figcaption",{id:"weekly-caption",children:"Signalements par semaine (semaines commençant le lundi)."}),n("table",{class:"visually-hidden",children:[n("caption",{children:"Signalements par semaine"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Semaine du"}),n("th",{scope:"col",children:"Signalements"})]})}),n("tbody",{children:e.map(i=>n("tr",{children:[n("td",{children:Te(i.key)}),n("td",{children:i.count})]},i.key))})]})]})}var Me=1e3,Je=680;function Xe(e,t){let o=Math.sin(t*Math.PI/180),r=.5-Math.log((1+o)/(1-o))/(4*Math.PI);return[(e+180)/360,r]}function Do(){let t=document.querySelector('meta[name="vigie-map-tiles"]')?.getAttribute("content")?.trim();return t||null}function ne(e){let{outlines:t,points:o}=e,r=F(()=>{let[u,d,p,g]=[1/0,1/0,-1/0,-1/0],l=([$,R])=>{u=Math.min(u,$),p=Math.max(p,$),d=Math.min(d,R),g=Math.max(g,R)};if(t.forEach($=>$.polygons.forEach(R=>R[0]?.forEach(([_,S])=>l(Xe(_,S))))),o.forEach($=>l(Xe($.longitude,$.latitude))),!Number.isFinite(u))return null;let m=Math.max(p-u,g-d)*.04||5e-4;u-=m,d-=m,p+=m,g+=m;let f=Math.min(Me/(p-u),Je/(g-d));return u-=(Me/f-(p-u))/2,d-=(Je/f-(g-d))/2,{minX:u,minY:d,scale:f,height:Je}},[t,o]);if(!r)return n("p",{class:"muted",children:"Aucune commune à afficher."});let a=(u,d)=>{let[p,g]=Xe(u,d);return[(p-r.minX)*r.scale,(g-r.minY)*r.scale]},i=u=>u.map(d=>d.map(p=>p.map(([g,l],m)=>`${m?"L":"M"}${a(g,l).map(f=>f.toFixed(1)).join(" ")}`).join("")+"Z").join("")).join(""),s=Ro(r),c=t.map(u=>{let d=u.polygons[0]?.[0]??[],p=d.reduce((g,[l,m])=>[g[0]+l,g[1]+m],[0,0]);return{outline:u,centre:d.length?a(p[0]/d.length,p[1]/d.length):null}});return n("figure",{class:"map",children:[n("svg",{viewBox:`0 0 ${Me} ${r.height}`,role:"group","aria-label":e.title,children:[s.map(u=>n("image",{href:u.href,x:u.x,y:u.y,width:u.size,height:u.size},u.href)),c.map(({outline:u})=>n("path",{class:"commune",d:i(u.polygons),"fill-rule":"evenodd",children:n("title",{children:u.name})},u.code)),c.map(({outline:u,centre:d})=>d?n("text",{x:d[0],y:d[1],class:"commune-name","aria-hidden":"true",children:u.name},u.code):null),o.map(u=>{let[d,p]=a(u.longitude,u.latitude),g=()=>e.onSelect?.(u.id),l=e.onSelect?{tabIndex:0,role:"button",onClick:g,onKeyDown:f=>{(f.key==="Enter"||f.key===" ")&&(f.preventDefault(),g())}}:{role:"img"},m=e.grid?16+Math.min(24,u.weight*4):0;return n("g",{class:`marker urgency-${e.grid?"grid":u.weight}${u.selected?" selected":""}`,"aria-label":u.label,"data-report":u.id,...l,children:[e.grid?n("rect",{x:d-m/2,y:p-m/2,width:m,height:m}):n("circle",{cx:d,cy:p,r:u.selected?17:13}),n("title",{children:u.label})]},u.id)})]}),n("figcaption",{children:[e.title," — contours des communes : IGN (Admin Express), servis par Vigie."]})]})}function Ro(e){let t=Do();if(!t)return[];let o=Math.max(0,Math.min(18,Math.round(Math.log2(e.scale/256)))),r=2**o,a=e.scale/r,i=e.minX+Me/e.scale,s=e.minY+e.height/e.scale,c=[];for(let u=Math.floor(e.minX*r);u<=Math.floor(i*r);u++)for(let d=Math.floor(e.minY*r);d<=Math.floor(s*r);d++){let p=t.replace("{z}",String(o)).replace("{x}",String(u)).replace("{y}",String(d));c.push({href:p,x:(u/r-e.minX)*e.scale,y:(d/r-e.minY)*e.scale,size:a})}return c.slice(0,64)}var Ao=0;function et(e){let[t]=y(()=>`${e}-${++Ao}`);return t}function I({kind:e,children:t}){return n("p",{class:`notice notice-${e}`,role:e==="error"?"alert":"status",children:t})}function k(e){return e instanceof U?e.message:"Une erreur inattendue est survenue."}function L(e){let[t,o]=y(!1),[r,a]=y(null),[i,s]=y(null);return{run:Ce(async(...d)=>{o(!0),a(null),s(null);try{let p=await e(...d);p&&s(p)}catch(p){a(k(p))}finally{o(!1)}},[e]),busy:t,feedback:n(C,{children:[r&&n(I,{kind:"error",children:r}),i&&n(I,{kind:"success",children:i})]})}}function N(e){let t=et("field"),o=e.hint?`${t}-hint`:void 0,r={id:t,value:e.value,required:e.required,"aria-describedby":o,onInput:a=>e.onInput(a.target.value)};return n("div",{class:"field",children:[n("label",{for:t,children:[e.label,e.required&&n("span",{"aria-hidden":"true",children:" *"})]}),e.hint&&n("span",{class:"hint",id:o,children:e.hint}),e.multiline?n("textarea",{rows:3,...r}):n("input",{type:e.type??"text",autocomplete:e.autocomplete,...r})]})}function x(e){let t=et("select");return n("div",{class:"field",children:[n("label",{for:t,children:e.label}),n("select",{id:t,value:e.value,onChange:o=>e.onChange(o.target.value),children:e.options.map(([o,r])=>n("option",{value:o,children:r},o))})]})}function M({title:e,children:t,id:o}){let r=et("section");return n("section",{class:"panel","aria-labelledby":r,id:o,children:[n("h2",{id:r,children:e}),t]})}var Eo=h(`
  query DepartementChoices {
    brigades { departement }
  }
`),Co=h(`
  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {
    departementActivity(departement: $departement, from: $from, to: $to) {
      total
      communes { code name participating total open }
      byWeek { key count }
      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }
      cells { latitude longitude count }
    }
  }
`),Io=h(`
  query DepartementOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),Pn=e=>e.toISOString().slice(0,10);function Qn(){let[e,t]=y([]),[o,r]=y(""),[a,i]=y(Pn(new Date(Date.now()-90*864e5))),[s,c]=y(Pn(new Date)),[u,d]=y(null),[p,g]=y([]),[l,m]=y(null);E(()=>{D(Eo).then(_=>{let S=[...new Set(_.brigades.map(w=>w.departement))].sort();t(S),r(w=>w||S[0]||"")}).catch(_=>m(k(_)))},[]),E(()=>{if(!o||!a||!s)return;let _=!0;return D(Co,{departement:o,from:a,to:s}).then(async S=>{if(!_)return;d(S.departementActivity),m(null);let w=S.departementActivity.communes.slice(0,100).map(V=>V.code),O=await D(Io,{codes:w});_&&g(O.communeOutlines)}).catch(S=>_&&m(k(S))),()=>{_=!1}},[o,a,s]);let f=F(()=>(u?.cells??[]).map(_=>({id:`${_.latitude},${_.longitude}`,latitude:_.latitude,longitude:_.longitude,weight:_.count,label:`${_.count} signalement${_.count>1?"s":""} dans ce carré d’environ 200 m`})),[u]),$=F(()=>[...u?.communes??[]].filter(_=>_.total>0).sort((_,S)=>S.total-_.total),[u]),R=(u?.communes.length??0)-$.length;return n(M,{title:"Le département d’un coup d’œil",id:"departement",children:[n("form",{class:"filters",onSubmit:_=>_.preventDefault(),"aria-label":"Département et période",children:[n(x,{label:"Département",value:o,onChange:r,options:e.map(_=>[_,_])}),n(N,{label:"Du",type:"date",value:a,onInput:i}),n(N,{label:"Au",type:"date",value:s,onInput:c})]}),l&&n(I,{kind:"error",children:l}),u&&n("div",{class:"columns",children:[n("div",{children:[n("p",{class:"figures",children:n("span",{children:[n("strong",{"data-testid":"departement-total",children:u.total})," signalements sur la période"]})}),n(qe,{weeks:we(u.byWeek,a,s)}),n("table",{class:"counts",children:[n("caption",{children:"Brigades : délais de prise en compte"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Brigade"}),n("th",{scope:"col",children:"Reçus"}),n("th",{scope:"col",children:"Délai médian"}),n("th",{scope:"col",children:"En retard"})]})}),n("tbody",{children:u.brigades.map(_=>n("tr",{children:[n("th",{scope:"row",children:_.brigade.name}),n("td",{children:_.total}),n("td",{children:ke(_.medianSecondsToAcknowledge??null)}),n("td",{children:[_.overdue,_.overdueShare!=null&&` (${Math.round(_.overdueShare*100)} %)`]})]},_.brigade.code))})]}),n("table",{class:"counts",children:[n("caption",{children:["Communes (",u.communes.length,", dont ",R," sans signalement sur la période)"]}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Commune"}),n("th",{scope:"col",children:"Signalements"}),n("th",{scope:"col",children:"En cours"}),n("th",{scope:"col",children:"Participation citoyenne"})]})}),n("tbody",{children:$.map(_=>n("tr",{children:[n("th",{scope:"row",children:_.name}),n("td",{children:_.total}),n("td",{children:_.open}),n("td",{children:_.participating?"Oui":"Non"})]},_.code))})]})]}),n(ne,{title:"Signalements de la période, par carré d’environ 200 m",outlines:p,points:f,grid:!0})]})]})}function me(e,t,o,r){let[a,i]=y([]),[s,c]=y(null),[u,d]=y(null),[p,g]=y(!1),[l,m]=y(null),[f,$]=y(!1),[R,_]=y(0),S=async(O,V)=>{$(!0);try{let P=await D(e,{...o,after:O}),G=t(P);i(K=>V?[...K,...G.nodes]:G.nodes),c(G.totalCount),d(G.pageInfo.endCursor),g(G.pageInfo.hasNextPage),m(null)}catch(P){m(k(P))}finally{$(!1)}};E(()=>{S(null,!1)},[...r,R]);let w=p?n("button",{type:"button",disabled:f,onClick:()=>void S(u,!0),children:["Afficher plus (",a.length," sur ",s,")"]}):null;return{nodes:a,total:s,error:l,more:w,reload:()=>_(O=>O+1)}}var pe=[["communes","Communes"],["departement","Département"],["brigades","Brigades"],["categories","Catégories"],["routing","Acheminement"],["accounts","Comptes"],["audit","Journal"]];function Bn({me:e}){let[t,o]=y("communes");return n("div",{class:"admin",children:[n("div",{role:"tablist","aria-label":"Administration",class:"tabs",children:pe.map(([r,a])=>n("button",{type:"button",role:"tab",id:`tab-${r}`,"aria-selected":t===r,"aria-controls":"admin-panel",tabIndex:t===r?0:-1,onClick:()=>o(r),onKeyDown:i=>{let s=pe.findIndex(([u])=>u===t),c=i.key==="ArrowRight"?1:i.key==="ArrowLeft"?-1:0;if(c){let u=pe[(s+c+pe.length)%pe.length][0];o(u),document.getElementById(`tab-${u}`)?.focus()}},children:a},r))}),n("div",{role:"tabpanel",id:"admin-panel","aria-labelledby":`tab-${t}`,children:[t==="departement"&&n(Qn,{}),t==="communes"&&n(Bo,{}),t==="brigades"&&n(Vo,{}),t==="categories"&&n(Lo,{}),t==="routing"&&n(Uo,{}),t==="accounts"&&n(Fo,{me:e}),t==="audit"&&n(Go,{})]})]})}function ge(e,t,...o){let[r,a]=y(null),[i,s]=y(null),[c,u]=y(0);return E(()=>{D(e,...o).then(d=>(a(d),s(null))).catch(d=>s(k(d)))},[...t,c]),{data:r,error:i&&n(I,{kind:"error",children:i}),reload:()=>u(d=>d+1)}}function oe({rows:e,columns:t,rowKey:o}){return n("table",{children:[n("thead",{children:n("tr",{children:t.map(([r])=>n("th",{scope:"col",children:r},r))})}),n("tbody",{children:e.map(r=>n("tr",{children:t.map(([a,i])=>n("td",{children:i(r)},a))},o(r)))})]})}var No=h(`
  query AdminCommunes {
    communes(participating: true) { code name participatingSince brigade { name } referent { displayName } }
  }
`),xo=h(`
  query AdminBrigades {
    brigades { id code name kind phone communes { code } }
  }
`),To=h(`
  query AdminCategories {
    categories { code label urgency order active diversion }
  }
`),ko=h(`
  query RoutingSetup {
    communes(participating: true) { code name brigade { name } }
    categories { code label }
    brigades { id name }
  }
`),wo=h(`
  query RoutingRules($c: String!) {
    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }
  }
`),qo=h(`
  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }
  }
`),Mo=h(`
  query Accounts($filter: UserFilter, $after: String) {
    users(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }
    }
  }
`),Oo=h(`
  mutation EnableAccount($id: ID!) {
    enableAccount(userId: $id) { id }
  }
`),Po=h(`
  mutation DisableAccount($id: ID!) {
    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }
  }
`),Qo=h(`
  query Audit($after: String) {
    auditEvents(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at kind targetType targetId actor { displayName } }
    }
  }
`);function Bo(){let{data:e,error:t}=ge(No,[]);return n(M,{title:"Communes du dispositif",children:[t,n(oe,{rows:e?.communes??[],rowKey:o=>o.code,columns:[["Code INSEE",o=>o.code],["Commune",o=>o.name],["Depuis",o=>o.participatingSince??"—"],["Brigade",o=>o.brigade?.name??"—"],["Référent",o=>o.referent?.displayName??"—"]]})]})}function Vo(){let{data:e,error:t}=ge(xo,[]);return n(M,{title:"Brigades",children:[t,n(oe,{rows:e?.brigades??[],rowKey:o=>o.id,columns:[["Code",o=>o.code],["Nom",o=>o.name],["Téléphone",o=>o.phone??"—"],["Communes couvertes",o=>o.communes.length]]})]})}function Lo(){let{data:e,error:t}=ge(To,[]);return n(M,{title:"Catégories de signalement",children:[t,n(oe,{rows:e?.categories??[],rowKey:o=>o.code,columns:[["Code",o=>o.code],["Libellé",o=>o.label],["Urgence",o=>Y[o.urgency]],["Réorientation d’urgence",o=>o.diversion??"—"]]})]})}function Uo(){let e=ge(ko,[]),t=e.data?.communes??[],[o,r]=y(""),a=o||t[0]?.code||"",i=ge(wo,[a],{c:a}),[s,c]=y(""),[u,d]=y(""),p=L(async(f,$)=>(await D(qo,{c:a,k:f,b:$}),i.reload(),$?"Règle enregistrée.":"Règle retirée.")),g=e.data?.categories??[],l=e.data?.brigades??[],m=t.find(f=>f.code===a)?.brigade?.name??"—";return n(M,{title:"Règles d’acheminement",children:[e.error,n("form",{class:"filters",onSubmit:f=>f.preventDefault(),children:n(x,{label:"Commune",value:a,onChange:r,options:t.map(f=>[f.code,f.name])})}),n("p",{children:["Par défaut, les signalements vont à : ",n("strong",{children:m}),"."]}),i.error,n(oe,{rows:(i.data?.categoryOverrides??[]).flatMap(f=>f.category?[{...f,category:f.category}]:[]),rowKey:f=>f.category.code,columns:[["Catégorie",f=>f.category.label],["Acheminée vers",f=>f.brigade?.name??"—"],["Action",f=>n("button",{type:"button",class:"small",disabled:p.busy,onClick:()=>void p.run(f.category.code,null),children:["Retirer la règle « ",f.category.label," »"]})]]}),n("h3",{children:"Nouvelle règle"}),n("form",{class:"filters","aria-label":"Nouvelle règle",onSubmit:f=>{f.preventDefault(),p.run(s||g[0]?.code,u||l[0]?.id)},children:[n(x,{label:"Catégorie",value:s||g[0]?.code||"",onChange:c,options:g.map(f=>[f.code,f.label])}),n(x,{label:"Brigade destinataire",value:u||l[0]?.id||"",onChange:d,options:l.map(f=>[f.id,f.name])}),n("div",{class:"field",children:[n("span",{"aria-hidden":"true",children:" "}),n("button",{type:"submit",class:"primary",disabled:p.busy||!a,children:"Enregistrer la règle"})]})]}),p.feedback]})}function Fo({me:e}){let[t,o]=y(""),r=me(Mo,i=>i.users,{filter:t.trim()?{search:t.trim()}:null},[t]),a=i=>i.disabledAt?`Désactivé le ${B(i.disabledAt)}`:i.enrolmentStatus?`Inscription ${ce[i.enrolmentStatus].toLowerCase()}`:"Actif";return n(M,{title:"Comptes",children:[n("form",{class:"filters",role:"search",onSubmit:i=>i.preventDefault(),children:n(N,{label:"Rechercher (nom ou adresse)",value:t,onInput:o,type:"search"})}),r.error&&n(I,{kind:"error",children:r.error}),r.total!==null&&n("p",{class:"count",children:[r.total," comptes"]}),n(oe,{rows:r.nodes,rowKey:i=>i.id,columns:[["Nom",i=>i.displayName],["Adresse",i=>i.email],["Rôle",i=>te[i.role]],["Rattachement",i=>i.brigade?.name??i.commune?.name??(i.coordinatedCommunes.map(s=>s.name).join(", ")||"—")],["État",a],["Action",i=>i.role==="RESIDENT"||i.id===e.id?"—":n(Wo,{user:i,onChanged:r.reload})]]}),r.more]})}function Wo({user:e,onChanged:t}){let{run:o,busy:r,feedback:a}=L(async()=>{e.disabledAt?await D(Oo,{id:e.id}):await D(Po,{id:e.id}),t()}),i=e.disabledAt?"Réactiver":"Désactiver";return n(C,{children:[n("button",{type:"button",class:"small",disabled:r,onClick:()=>void o(),"aria-label":`${i} ${e.displayName}`,children:i}),a]})}function Go(){let e=me(Qo,t=>t.auditEvents,{},[]);return n(M,{title:"Journal d’audit",children:[e.error&&n(I,{kind:"error",children:e.error}),n(oe,{rows:e.nodes,rowKey:t=>t.id,columns:[["Date",t=>B(t.at)],["Action",t=>n("code",{children:t.kind})],["Par",t=>t.actor?.displayName??"Système"],["Cible",t=>t.targetType?`${t.targetType} ${t.targetId??""}`:"—"]]}),e.more]})}function Oe({document:e,variables:t,onData:o,onState:r}){let a=null,i=!1,s=0,c,u=async()=>{if(i)return;let d=await Cn();if(i)return;let p=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/graphql/ws`,g=new WebSocket(p,"graphql-transport-ws");a=g,g.onopen=()=>g.send(JSON.stringify({type:"connection_init",payload:d?{authorization:`Bearer ${d}`}:{}})),g.onmessage=l=>{let m;try{m=JSON.parse(String(l.data))}catch{return}switch(m.type){case"connection_ack":s=0,r?.(!0),g.send(JSON.stringify({id:"1",type:"subscribe",payload:{query:e.toString(),variables:t()}}));break;case"ping":g.send(JSON.stringify({type:"pong"}));break;case"next":m.payload?.data&&o(m.payload.data);break;case"error":case"complete":g.close(1e3);break}},g.onclose=()=>{r?.(!1),!i&&(s+=1,c=window.setTimeout(u,Math.min(3e4,500*2**s)))}};return u(),{close(){i=!0,window.clearTimeout(c),a?.close(1e3)}}}var Ho=h(`
  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }
  }
`),Ko=h(`
  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }
  }
`),Zo=h(`
  mutation MarkDuplicate($id: ID!, $of: ID!) {
    markDuplicate(reportId: $id, duplicateOf: $of) { id status }
  }
`),jo=h(`
  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }
  }
`),Yo=h(`
  query ReportAlerts($commune: String!) {
    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }
  }
`),zo=h(`
  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }
  }
`),Jo=h(`
  mutation CloseInterventionAlert($id: ID!, $message: String!) {
    closeInterventionAlert(id: $id, message: $message) { id closedAt }
  }
`),Xo={SUBMITTED:[["ACKNOWLEDGED","Prendre en compte"],["REJECTED","Classer sans suite"]],ACKNOWLEDGED:[["IN_PROGRESS","Démarrer l’intervention"],["REJECTED","Classer sans suite"]],IN_PROGRESS:[["RESOLVED","Marquer traité"],["REJECTED","Classer sans suite"]],RESOLVED:[["ACKNOWLEDGED","Rouvrir"]],REJECTED:[["ACKNOWLEDGED","Rouvrir"]]};function Vn({report:e,onChanged:t}){let o=Xo[e.status]??[],[r,a]=y(o[0]?.[0]??null),[i,s]=y(""),[c,u]=y("");E(()=>a(o[0]?.[0]??null),[e.status]);let{run:d,busy:p,feedback:g}=L(async l=>{let m={publicNote:i.trim()||null,internalNote:c.trim()||null};return l&&r?await D(Ho,{id:e.id,to:r,...m}):await D(Ko,{id:e.id,...m}),s(""),u(""),t(),l?"Statut mis à jour.":"Note enregistrée."});return n("form",{class:"action","aria-labelledby":"triage-title",onSubmit:l=>{l.preventDefault(),d(!0)},children:[n("h3",{id:"triage-title",children:"Traiter"}),o.length>0&&n(x,{label:"Nouveau statut",value:r??"",onChange:l=>a(l),options:o}),n(N,{label:"Réponse au signalant (visible par lui)",value:i,onInput:s,multiline:!0}),n(N,{label:"Note interne (brigade seulement)",value:c,onInput:u,multiline:!0}),n("div",{class:"buttons",children:[o.length>0&&n("button",{type:"submit",class:"primary",disabled:p,children:"Appliquer"}),n("button",{type:"button",disabled:p||!i.trim()&&!c.trim(),onClick:()=>void d(!1),children:"Ajouter la note seulement"})]}),g]})}function Ln({report:e,onChanged:t}){let o=e.possibleDuplicates.flatMap(({reportId:s,distanceMeters:c,observedAt:u,status:d})=>s&&c!=null&&u?[{reportId:s,distanceMeters:c,observedAt:u,status:d}]:[]),{run:r,busy:a,feedback:i}=L(async s=>(await D(Zo,{id:e.id,of:s}),t(),"Signalement rattaché comme doublon."));return n("div",{class:"action",children:[n("h3",{children:"Doublons possibles"}),o.length===0?n("p",{class:"muted",children:"Aucun signalement ouvert de même catégorie à moins de 250 m dans les 48 h."}):n("ul",{class:"plain",children:o.map(s=>n("li",{children:["À ",Math.round(s.distanceMeters)," m, observé le ",B(s.observedAt)," (",W[s.status],")"," ",n("button",{type:"button",disabled:a,onClick:()=>void r(s.reportId),"aria-label":`Classer ce signalement comme doublon de celui observé à ${Math.round(s.distanceMeters)} m le ${B(s.observedAt)}`,children:"Classer comme doublon de celui-ci"})]},s.reportId))}),i]})}function Un({report:e,brigades:t,onChanged:o}){let[r,a]=y(t[0]?.id??""),[i,s]=y("");E(()=>a(p=>p||t[0]?.id||""),[t]);let{run:c,busy:u,feedback:d}=L(async()=>(await D(jo,{id:e.id,to:r,reason:i}),o(),"Signalement transmis."));return n("form",{class:"action","aria-labelledby":"reroute-title",onSubmit:p=>{p.preventDefault(),c()},children:[n("h3",{id:"reroute-title",children:"Transmettre à une autre unité"}),n(x,{label:"Unité destinataire",value:r,onChange:a,options:t.map(p=>[p.id,p.name])}),n(N,{label:"Motif",value:i,onInput:s,required:!0}),n("button",{type:"submit",disabled:u||!r,children:"Transmettre"}),d]})}function Fn({report:e}){let[t,o]=y(""),[r,a]=y([]),[i,s]=y(0);E(()=>{D(Yo,{commune:e.commune.code}).then(p=>a(p.interventionAlerts.nodes.filter(g=>g.reportId===e.id))).catch(()=>a([]))},[e.id,i]);let{run:c,busy:u,feedback:d}=L(async()=>{let p=await D(zo,{commune:e.commune.code,message:t,report:e.id});return o(""),s(g=>g+1),`Alerte envoyée à ${p.sendInterventionAlert.recipients} élu(s).`});return n("div",{class:"action",children:[n("form",{"aria-labelledby":"alert-title",onSubmit:p=>{p.preventDefault(),c()},children:[n("h3",{id:"alert-title",children:["Alerter les élus de ",e.commune.name]}),n(N,{label:"Message d’intervention (SMS, sans nom ni adresse)",value:t,onInput:o,required:!0,multiline:!0}),n("button",{type:"submit",disabled:u||!t.trim(),children:"Envoyer l’alerte"}),d]}),r.length>0&&n("ul",{class:"plain alerts",children:r.map(p=>n(er,{alert:p,onClosed:()=>s(g=>g+1)},p.id))})]})}function er({alert:e,onClosed:t}){let[o,r]=y(""),{run:a,busy:i,feedback:s}=L(async()=>(await D(Jo,{id:e.id,message:o}),t(),"Fin d’intervention envoyée."));return n("li",{children:[n("time",{dateTime:e.createdAt,children:B(e.createdAt)})," — ",e.message,e.closedAt?n("p",{class:"muted",children:["Terminée le ",B(e.closedAt)]}):n("form",{onSubmit:c=>{c.preventDefault(),a()},children:[n(N,{label:"Message de fin d’intervention",value:o,onInput:r,required:!0}),n("button",{type:"submit",disabled:i||!o.trim(),children:"Terminer l’intervention"}),s]})]})}var tr=h(`
  query BrigadeStaff {
    brigadeStaff { id displayName rank commander }
  }
`),nr=h(`
  mutation AssignReport($id: ID!, $user: ID) {
    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }
  }
`),or=h(`
  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }
  }
`);function Wn({report:e,onChanged:t}){let[o,r]=y([]),[a,i]=y(e.assignee?.id??""),[s,c]=y(String(e.priority??e.category.urgency)),[u,d]=y("");E(()=>{D(tr).then(m=>r(m.brigadeStaff)).catch(()=>r([]))},[]),E(()=>{i(e.assignee?.id??""),c(String(e.priority??e.category.urgency))},[e.id,e.assignee?.id,e.priority]);let p=L(async()=>(await D(nr,{id:e.id,user:a||null}),t(),a?"Signalement attribué.":"Attribution retirée.")),g=L(async()=>(await D(or,{id:e.id,priority:Number(s),reason:u.trim()||null}),d(""),t(),"Priorité enregistrée.")),l=m=>[m.id,`${m.displayName}${m.rank?` (${m.rank})`:""}${m.commander?" — commandant":""}`];return n("div",{class:"action",children:[n("form",{"aria-labelledby":"assign-title",onSubmit:m=>{m.preventDefault(),p.run()},children:[n("h3",{id:"assign-title",children:"Attribuer"}),n(x,{label:"Membre de la brigade",value:a,onChange:i,options:[["","Personne"],...o.map(l)]}),n("button",{type:"submit",disabled:p.busy,children:"Enregistrer l’attribution"}),p.feedback]}),n("form",{"aria-labelledby":"priority-title",onSubmit:m=>{m.preventDefault(),g.run()},children:[n("h3",{id:"priority-title",children:"Priorité"}),n(x,{label:"Priorité de la brigade",value:s,onChange:c,options:wn.map(m=>[String(m),Y[m]])}),n(N,{label:"Raison du changement (note interne)",value:u,onInput:d}),n("button",{type:"submit",disabled:g.busy,children:"Changer la priorité"}),g.feedback]})]})}var rr=h(`
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
    }
  }
`);function Gn(e){let[t,o]=y(null),[r,a]=y(null),i=Ee(null);return E(()=>{i.current?.scrollIntoView({block:"start"}),i.current?.focus({preventScroll:!0})},[e.id]),E(()=>{let s=!0;return D(rr,{id:e.id}).then(c=>{s&&(c.report||a("Ce signalement n’est plus dans la file de la brigade."),o(c.report))}).catch(c=>s&&a(k(c))),()=>{s=!1}},[e.id,e.revision]),n("section",{class:"panel detail","aria-labelledby":"detail-title",id:"signalement",children:[n("div",{class:"detail-head",children:[n("h2",{id:"detail-title",tabIndex:-1,ref:i,children:t?`${t.category.label} — ${t.commune.name}`:"Signalement"}),n("button",{type:"button",onClick:e.onClose,children:"Fermer"})]}),r&&n(I,{kind:"error",children:r}),t&&n(ir,{report:t,...e})]})}function ir({report:e,brigades:t,onChanged:o}){return n("div",{class:"detail-grid",children:[n("div",{children:[n("dl",{class:"facts",children:[n("dt",{children:"Statut"}),n("dd",{"data-testid":"report-status",children:W[e.status]}),n("dt",{children:"Urgence"}),n("dd",{children:Y[e.category.urgency]}),n("dt",{children:"Priorité de la brigade"}),n("dd",{"data-testid":"report-priority",children:e.priority!=null?Y[e.priority]:"—"}),n("dt",{children:"À prendre en compte avant"}),n("dd",{children:[e.acknowledgeBy?B(e.acknowledgeBy):"—",e.overdue&&n("span",{class:"overdue",children:"En retard"})]}),n("dt",{children:"Attribué à"}),n("dd",{"data-testid":"report-assignee",children:e.assignee?.displayName??"Personne"}),n("dt",{children:"Faits observés"}),n("dd",{children:B(e.observedAt)}),n("dt",{children:"Reçu"}),n("dd",{children:B(e.createdAt)}),n("dt",{children:"Lieu"}),n("dd",{children:[e.location.latitude.toFixed(5),", ",e.location.longitude.toFixed(5),e.accuracyMeters!=null&&` (± ${Math.round(e.accuracyMeters)} m)`]}),n("dt",{children:"Acheminement"}),n("dd",{children:[e.brigade.name," (",kn[e.routingRule],")"]}),n("dt",{children:"Signalant"}),n("dd",{children:e.reporter?n(C,{children:[e.reporter.displayName," — ",n("a",{href:`mailto:${e.reporter.email}`,children:e.reporter.email}),e.reporter.phone&&n(C,{children:[" ","— ",n("a",{href:`tel:${e.reporter.phone}`,children:e.reporter.phone})]})]}):"—"})]}),n("h3",{children:"Description"}),n("p",{class:"description",children:e.description}),e.photos.length>0&&n(C,{children:[n("h3",{children:"Photos"}),n("ul",{class:"photos",children:e.photos.map((r,a)=>n("li",{children:n("a",{href:r.url,target:"_blank",rel:"noopener noreferrer",children:n("img",{src:r.url,alt:`Photo ${a+1} jointe au signalement`})})},r.id))})]}),n("h3",{children:"Historique"}),n("ol",{class:"history",children:e.events.map(r=>n("li",{children:[n("time",{dateTime:r.at,children:B(r.at)})," — ",Tn[r.kind]??r.kind,r.status&&` : ${W[r.status]}`," ",n("span",{class:"muted",children:["(",te[r.actorRole],")"]}),r.publicNote&&n("p",{class:"note",children:["« ",r.publicNote," »"]}),r.internalNote&&n("p",{class:"note internal",children:["Note interne : ",r.internalNote]})]},r.id))})]}),n("div",{children:[n(Vn,{report:e,onChanged:o}),n(Wn,{report:e,onChanged:o}),n(Ln,{report:e,onChanged:o}),n(Un,{report:e,brigades:t,onChanged:o}),n(Fn,{report:e})]})]})}var ar=20,sr=h(`
  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
    brigadeQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id status description createdAt priority overdue assignee { displayName } category { code label urgency } commune { code name } location { latitude longitude } }
    }
  }
`),ur=h(`
  query BrigadeSetup {
    categories { code label }
    me { brigade { communes { code name } } }
    brigadeTo: brigades { id code name }
  }
`),lr=h(`
  query QueueOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),dr=h(`
  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }
  }
`);function Hn({me:e}){let t=e.brigade,[o,r]=y([]),[a,i]=y([]),[s,c]=y([]),[u,d]=y([]),[p,g]=y("OPEN"),[l,m]=y(""),[f,$]=y(""),[R,_]=y(""),[S,w]=y(""),[O,V]=y([null]),[P,G]=y(null),[K,X]=y(null),[Q,H]=y(null),[nt,Jn]=y(!1),[Xn,eo]=y(""),[ot,rt]=y(0),it=Ee(null);E(()=>{D(ur).then(async b=>{r(b.categories);let z=b.me?.brigade?.communes??[];i(z),c(b.brigadeTo.filter(ie=>ie.id!==t.id));let Pe=z.slice(0,100).map(ie=>ie.code),ye=await D(lr,{codes:Pe});d(ye.communeOutlines)}).catch(b=>X(k(b)))},[t.id]);let at=F(()=>{let b={status:p==="OPEN"?xn:[p]};return l&&(b.categoryCode=l),f&&(b.communeCode=f),R&&(b.createdSince=new Date(Date.now()-Number(R)*36e5).toISOString()),S==="MINE"&&(b.assignment="ASSIGNED_TO_ME"),S==="NOBODY"&&(b.assignment="UNASSIGNED"),S==="OVERDUE"&&(b.overdue=!0),b},[p,l,f,R,S]),st=O[O.length-1];E(()=>{let b=!0;return D(sr,{filter:at,first:ar,after:st}).then(z=>b&&(G(z.brigadeQueue),X(null))).catch(z=>b&&X(k(z))),()=>{b=!1}},[at,st,ot]),E(()=>{let b,z=Oe({document:dr,variables:()=>({brigade:t.id,after:it.current}),onState:Jn,onData:Pe=>{let ye=Pe.brigadeQueueEvents;it.current=ye.id,ye.kind==="FILED"&&eo("Nouveau signalement reçu."),window.clearTimeout(b),b=window.setTimeout(()=>rt(ie=>ie+1),150)}});return()=>{window.clearTimeout(b),z.close()}},[t.id]);let re=Ce(b=>{b(),V([null])},[]),to=(P?.nodes??[]).map(b=>({id:b.id,latitude:b.location.latitude,longitude:b.location.longitude,weight:b.priority??b.category.urgency,selected:b.id===Q,label:`${b.category.label}, ${b.commune.name}, ${W[b.status]}`}));return n("div",{class:"brigade",children:[n("p",{class:"live-state","aria-live":"polite",children:[n("span",{class:nt?"dot on":"dot","aria-hidden":"true"}),nt?"Mises à jour en direct":"Connexion au direct…",n("span",{class:"visually-hidden",children:Xn})]}),n("div",{class:"columns",children:[n(M,{title:"File des signalements",id:"file",children:[n("form",{class:"filters",onSubmit:b=>b.preventDefault(),"aria-label":"Filtres de la file",children:[n(x,{label:"Statut",value:p,onChange:b=>re(()=>g(b)),options:[["OPEN","En cours (reçus, pris en compte, en intervention)"],...Object.entries(W)]}),n(x,{label:"Catégorie",value:l,onChange:b=>re(()=>m(b)),options:[["","Toutes"],...o.map(b=>[b.code,b.label])]}),n(x,{label:"Commune",value:f,onChange:b=>re(()=>$(b)),options:[["","Toutes"],...a.map(b=>[b.code,b.name])]}),n(x,{label:"Reçus depuis",value:R,onChange:b=>re(()=>_(b)),options:[["","Toujours"],["1","1 heure"],["24","24 heures"],["168","7 jours"],["720","30 jours"]]}),n(x,{label:"Suivi",value:S,onChange:b=>re(()=>w(b)),options:[["","Tous"],["MINE","Attribués à moi"],["NOBODY","Non attribués"],["OVERDUE","En retard de prise en compte"]]})]}),K&&n(I,{kind:"error",children:K}),P&&n(C,{children:[n("p",{class:"count","data-testid":"queue-count",children:[P.totalCount," signalement",P.totalCount>1?"s":""]}),n("table",{class:"queue",children:[n("caption",{class:"visually-hidden",children:"Signalements, par priorité de la brigade puis du plus ancien"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Priorité"}),n("th",{scope:"col",children:"Catégorie"}),n("th",{scope:"col",children:"Commune"}),n("th",{scope:"col",children:"Reçu"}),n("th",{scope:"col",children:"Statut"}),n("th",{scope:"col",children:"Attribué à"})]})}),n("tbody",{children:P.nodes.map(b=>n("tr",{class:b.id===Q?"selected":"","data-report":b.id,children:[n("td",{children:[n("span",{class:`urgency urgency-${b.priority??b.category.urgency}`,children:Y[b.priority??b.category.urgency]}),b.overdue&&n("span",{class:"overdue",children:"En retard"})]}),n("td",{children:[n("button",{type:"button",class:"link",onClick:()=>H(b.id),"aria-pressed":b.id===Q,children:b.category.label}),n("span",{class:"excerpt",children:b.description.slice(0,80)})]}),n("td",{children:b.commune.name}),n("td",{children:n("time",{dateTime:b.createdAt,children:Mn(b.createdAt)})}),n("td",{children:W[b.status]}),n("td",{children:b.assignee?.displayName??"—"})]},b.id))})]}),P.nodes.length===0&&n("p",{class:"muted",children:"Aucun signalement ne correspond aux filtres."}),n("nav",{class:"pager","aria-label":"Pages de la file",children:[n("button",{type:"button",disabled:O.length<2,onClick:()=>V(O.slice(0,-1)),children:"Page précédente"}),n("span",{children:["Page ",O.length]}),n("button",{type:"button",disabled:!P.pageInfo.hasNextPage,onClick:()=>V([...O,P.pageInfo.endCursor]),children:"Page suivante"})]})]})]}),n(M,{title:"Carte de la file",id:"carte",children:n(ne,{title:`Communes couvertes par ${t.name}`,outlines:u,points:to,onSelect:H})})]}),Q&&n(Gn,{id:Q,revision:ot,brigades:s,onClose:()=>H(null),onChanged:()=>rt(b=>b+1)})]})}var cr=h(`
  subscription CoordinatorFeed {
    myNotifications { kind }
  }
`);function jn({me:e}){let t=e.coordinatedCommunes,[o,r]=y(t[0]?.code??""),[a,i]=y({enrolments:0,alerts:0});return E(()=>{let s=Oe({document:cr,variables:()=>({}),onData:c=>{let u=c.myNotifications.kind;u==="ENROLMENT_REQUEST"&&i(d=>({...d,enrolments:d.enrolments+1})),u==="INTERVENTION_ALERT"&&i(d=>({...d,alerts:d.alerts+1}))}});return()=>s.close()},[]),o?n("div",{class:"commune",children:[t.length>1&&n("form",{class:"filters",onSubmit:s=>s.preventDefault(),children:n(x,{label:"Commune",value:o,onChange:r,options:t.map(s=>[s.code,s.name])})}),n("div",{class:"columns",children:[n(hr,{code:o,heard:a.enrolments}),n(vr,{code:o,heard:a.alerts})]}),n(Dr,{code:o}),n(pr,{code:o})]}):n(I,{kind:"info",children:"Aucune commune ne vous est rattachée : adressez-vous à la préfecture."})}var mr=h(`
  query CommuneBilan($code: String!, $year: Int!) {
    communeBilan(communeCode: $code, year: $year) { total threshold csv }
  }
`);function pr({code:e}){let t=new Date().getFullYear(),[o,r]=y(String(t)),[a,i]=y(null),[s,c]=y(null);E(()=>{D(mr,{code:e,year:Number(o)}).then(g=>(i(g),c(null))).catch(g=>c(k(g)))},[e,o]);let u=a?.communeBilan,d=()=>{if(!u)return;let g=URL.createObjectURL(new Blob([u.csv],{type:"text/csv;charset=utf-8"})),l=document.createElement("a");l.href=g,l.download=`bilan-${e}-${o}.csv`,l.click(),URL.revokeObjectURL(g)},p=[0,1,2,3,4].map(g=>[String(t-g),String(t-g)]);return n(M,{title:"Bilan annuel",id:"bilan",children:[n("form",{class:"filters",onSubmit:g=>g.preventDefault(),"aria-label":"Année du bilan",children:n(x,{label:"Année",value:o,onChange:r,options:p})}),s&&n(I,{kind:"error",children:s}),u&&n(C,{children:[n("p",{class:"figures",children:n("span",{children:[n("strong",{"data-testid":"bilan-total",children:u.total??`< ${u.threshold}`})," signalements"]})}),n("p",{children:["Les nombres inférieurs à ",u.threshold," sont masqués (« < ",u.threshold," ») pour qu’aucun chiffre ne désigne un voisin."]}),n("button",{type:"button",onClick:d,children:"Télécharger le bilan (CSV)"})]})]})}var gr=h(`
  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email phone enrolmentStatus }
    }
  }
`),yr=h(`
  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }
  }
`),fr=h(`
  mutation SuspendResident($id: ID!, $reason: String!) {
    suspendResident(userId: $id, reason: $reason) { id }
  }
`),br=h(`
  mutation ReinstateResident($id: ID!) {
    reinstateResident(userId: $id) { id }
  }
`),_r=h(`
  query CommuneAlerts($code: String!) {
    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }
  }
`);function hr({code:e,heard:t}){let[o,r]=y("PENDING"),a=me(gr,i=>i.enrolmentRequests,{code:e,status:o},[e,o,t]);return n(M,{title:"Inscriptions des habitants",id:"inscriptions",children:[n("form",{class:"filters",onSubmit:i=>i.preventDefault(),children:n(x,{label:"Afficher",value:o,onChange:i=>r(i),options:Object.entries(ce)})}),a.error&&n(I,{kind:"error",children:a.error}),a.total!==null&&n(C,{children:[n("p",{class:"count",children:[a.total," inscription",a.total>1?"s":""," ",ce[o].toLowerCase(),a.total>1?"s":""]}),n("ul",{class:"people",children:a.nodes.map(i=>n(Sr,{person:i,onChanged:a.reload},i.id))}),a.more]})]})}function Sr({person:e,onChanged:t}){let[o,r]=y(""),{run:a,busy:i,feedback:s}=L(async u=>{u==="approve"||u==="reject"?await D(yr,{id:e.id,approve:u==="approve",reason:o.trim()||null}):u==="suspend"?await D(fr,{id:e.id,reason:o}):await D(br,{id:e.id}),t()}),c=e.enrolmentStatus==="PENDING";return n("li",{class:"person","data-person":e.email,children:[n("div",{children:[n("strong",{children:e.displayName})," — ",e.email,e.phone&&` — ${e.phone}`]}),(c||e.enrolmentStatus==="APPROVED")&&n(N,{label:c?"Motif (en cas de refus)":"Motif de la suspension",value:o,onInput:r}),n("div",{class:"buttons",children:[c&&n(C,{children:[n("button",{type:"button",class:"primary",disabled:i,onClick:()=>void a("approve"),children:["Approuver ",e.displayName]}),n("button",{type:"button",disabled:i,onClick:()=>void a("reject"),children:"Refuser"})]}),e.enrolmentStatus==="APPROVED"&&n("button",{type:"button",disabled:i||!o.trim(),onClick:()=>void a("suspend"),children:"Suspendre"}),e.enrolmentStatus==="SUSPENDED"&&n("button",{type:"button",disabled:i,onClick:()=>void a("reinstate"),children:"Rétablir"})]}),s]})}function vr({code:e,heard:t}){let[o,r]=y(null),[a,i]=y(null);return E(()=>{D(_r,{code:e}).then(s=>r(s.interventionAlerts.nodes)).catch(s=>i(k(s)))},[e,t]),n(M,{title:"Alertes d’intervention reçues",id:"alertes",children:[a&&n(I,{kind:"error",children:a}),o&&o.length===0&&n("p",{class:"muted",children:"Aucune alerte."}),n("ul",{class:"plain alerts",children:(o??[]).map(s=>n("li",{children:[n("time",{dateTime:s.createdAt,children:B(s.createdAt)})," — ",s.message,s.closedAt?n("p",{class:"muted",children:["Terminée le ",B(s.closedAt)," ",s.closingMessage&&`: ${s.closingMessage}`]}):n("p",{class:"badge",children:"En cours"})]},s.id))})]})}var $r=h(`
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
`);function Kn(e){return new Date(Date.now()+e*864e5).toISOString().slice(0,10)}function Dr({code:e}){let[t,o]=y(Kn(-90)),[r,a]=y(Kn(0)),[i,s]=y(null),[c,u]=y(null);E(()=>{let m={from:t?`${t}T00:00:00Z`:null,to:r?new Date(Date.parse(`${r}T00:00:00Z`)+864e5).toISOString():null};D($r,{code:e,...m}).then(f=>(s(f),u(null))).catch(f=>u(k(f)))},[e,t,r]);let d=F(()=>Object.fromEntries((i?.categories??[]).map(m=>[m.code,m.label])),[i]),p=F(()=>{let m=new Map;for(let f of i?.communeActivity.reports.nodes??[]){let $=`${f.location.latitude},${f.location.longitude}`,R=m.get($)??{...f.location,count:0};R.count+=1,m.set($,R)}return[...m.entries()].map(([f,$])=>({id:f,latitude:$.latitude,longitude:$.longitude,weight:$.count,label:`${$.count} signalement${$.count>1?"s":""} dans ce carré d’environ 200 m`}))},[i]),g=i?.communeActivity,l=i?.communeOutlines??[];return n(M,{title:"Activité de la commune",id:"activite",children:[n("form",{class:"filters",onSubmit:m=>m.preventDefault(),"aria-label":"Période",children:[n(N,{label:"Du",type:"date",value:t,onInput:o}),n(N,{label:"Au",type:"date",value:r,onInput:a})]}),c&&n(I,{kind:"error",children:c}),g&&n("div",{class:"columns",children:[n("div",{children:[n("p",{class:"figures",children:[n("span",{children:[n("strong",{"data-testid":"activity-total",children:g.total})," signalements"]}),n("span",{children:["Délai médian de prise en compte : ",n("strong",{children:ke(g.medianSecondsToAcknowledge)})]})]}),n(qe,{weeks:we(g.byWeek,t||g.byWeek[0]?.key||r,r)}),n("div",{class:"columns",children:[n(Zn,{title:"Par catégorie",rows:g.byCategory,label:m=>d[m]??m}),n(Zn,{title:"Par statut",rows:g.byStatus,label:Nn})]})]}),n(ne,{title:"Signalements de la période, par carré d’environ 200 m (sans signalant)",outlines:l,points:p,grid:!0})]})]})}function Zn({title:e,rows:t,label:o}){return n("table",{class:"counts",children:[n("caption",{children:e}),n("tbody",{children:t.map(r=>n("tr",{children:[n("th",{scope:"row",children:o(r.key)}),n("td",{children:r.count})]},r.key))})]})}var Rr=h(`
  mutation SetTotp($code: String) {
    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }
  }
`);function Yn({onEnabled:e}){let[t,o]=y(null),[r,a]=y(""),[i,s]=y(null),[c,u]=y(!1),[d,p]=y(!1),g=async l=>{p(!0),s(null);try{let m=await D(Rr,{code:l});o(m.setTotp),m.setTotp.enabled&&e(),a("")}catch(m){m instanceof U&&m.code==="CONFLICT"?u(!0):s(k(m))}finally{p(!1)}};return n(M,{title:"Double authentification",id:"securite",children:[c&&n(I,{kind:"info",children:"La double authentification est déjà activée sur ce compte. Pour changer d’application, demandez sa réinitialisation à la préfecture."}),!t&&!c&&n(C,{children:[n("p",{children:"Protégez votre compte : à chaque connexion, un code de votre application d’authentification vous sera demandé en plus du mot de passe."}),n("button",{type:"button",disabled:d,onClick:()=>void g(null),children:"Activer la double authentification"})]}),t&&!t.enabled&&n("form",{"aria-label":"Confirmer la double authentification",onSubmit:l=>{l.preventDefault(),g(r.trim())},children:[n("p",{children:"Scannez ce code avec votre application d’authentification, puis saisissez le code qu’elle affiche."}),t.qrSvg&&n("img",{class:"qr",width:"200",height:"200",alt:"Code QR de l’application d’authentification",src:`data:image/svg+xml;charset=utf-8,${encodeURIComponent(t.qrSvg)}`}),t.secret&&n("p",{children:["Ou saisissez la clé à la main : ",n("code",{children:t.secret})]}),n(N,{label:"Code à 6 chiffres",autocomplete:"one-time-code",value:r,onInput:a,required:!0}),n("button",{type:"submit",class:"primary",disabled:d,children:"Confirmer"})]}),t?.enabled&&n(C,{children:[n(I,{kind:"success",children:"Double authentification activée."}),n("p",{children:"Codes de secours, chacun utilisable une fois si vous perdez votre téléphone. Conservez-les en lieu sûr : ils ne seront plus affichés."}),n("ul",{class:"plain recovery",children:(t.recoveryCodes??[]).map(l=>n("li",{children:n("code",{children:l})},l))})]}),i&&n(I,{kind:"error",children:i})]})}var Ar=["BRIGADE_STAFF","COORDINATOR","ADMIN"];function Er(){let[e,t]=y(void 0),[o,r]=y(null),[a,i]=y(0);E(()=>{let c=Rn(u=>u===null&&t(null));return de().then(s),c},[]);let s=async c=>{if(c&&!Ar.includes(c.role)){await xe(),r("Les consoles sont réservées aux brigades, aux coordinateurs communaux et à la préfecture. Les habitants utilisent l’application mobile Vigie."),t(null);return}qn(c?.brigade?.timeZone??c?.coordinatedCommunes[0]?.timeZone),t(c)};return E(()=>{document.title=e?`${tt(e)} — Vigie`:"Connexion — Vigie"},[e]),e===void 0?n("p",{class:"loading",children:"Chargement…"}):e===null?n(Cr,{refused:o,onSignedIn:c=>void s(c)}):n(C,{children:[n("a",{class:"skip",href:"#contenu",children:"Aller au contenu"}),n("header",{class:"top",children:[n("div",{class:"brand",children:[n("img",{src:"/console/assets/vigie.svg",alt:"",width:"28",height:"28"}),n("span",{children:"Vigie"}),n("span",{class:"muted",children:tt(e)})]}),n("div",{class:"who",children:[n("span",{children:[e.displayName," — ",te[e.role]]}),n("button",{type:"button",onClick:()=>void xe(),children:"Se déconnecter"}),n("button",{type:"button",onClick:()=>void xe(!0),children:"Se déconnecter partout"})]})]}),n("main",{id:"contenu",tabIndex:-1,children:[n("h1",{children:tt(e)}),n("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),n("div",{children:[e.role==="BRIGADE_STAFF"&&e.brigade&&n(Hn,{me:e}),e.role==="COORDINATOR"&&n(jn,{me:e}),e.role==="ADMIN"&&n(Bn,{me:e})]},a),n(Yn,{onEnabled:()=>i(c=>c+1)})]})]})}function tt(e){return e.role==="BRIGADE_STAFF"?`Console de brigade — ${e.brigade?.name??""}`:e.role==="COORDINATOR"?`Console communale — ${e.coordinatedCommunes.map(t=>t.name).join(", ")}`:"Administration"}function Cr({refused:e,onSignedIn:t}){let[o,r]=y(""),[a,i]=y(""),[s,c]=y(""),[u,d]=y(!1),[p,g]=y(null),[l,m]=y(!1);return n("main",{class:"sign-in",id:"contenu",children:[n("img",{src:"/console/assets/vigie.svg",alt:"",width:"56",height:"56"}),n("h1",{children:"Vigie — consoles de la participation citoyenne"}),n("p",{children:"Brigades, coordinateurs communaux et préfecture : connectez-vous avec votre compte Vigie."}),e&&n(I,{kind:"error",children:e}),n("form",{onSubmit:async $=>{$.preventDefault(),m(!0),g(null);try{t(await In(o.trim(),a,u?s.trim():null))}catch(R){R instanceof U&&R.code==="TOTP_REQUIRED"?d(!0):g(k(R))}finally{m(!1)}},"aria-label":"Connexion",children:[n("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),n(N,{label:"Adresse électronique",type:"email",autocomplete:"username",value:o,onInput:r,required:!0}),n(N,{label:"Mot de passe",type:"password",autocomplete:"current-password",value:a,onInput:i,required:!0}),u&&n(N,{label:"Code de vérification",hint:"Le code à 6 chiffres de votre application d’authentification, ou un code de secours.",autocomplete:"one-time-code",value:s,onInput:c,required:!0}),p&&n(I,{kind:"error",children:p}),n("button",{type:"submit",class:"primary",disabled:l,children:"Se connecter"})]})]})}var zn=document.getElementById("app");zn&&Dt(n(Er,{}),zn);})();
