"use strict";(()=>{var Re,$,st,Qn,J,nt,at,ut,qe,fe,re,lt,Qe,Oe,Pe,Vn,he={},ve=[],Un=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,$e=Array.isArray;function W(e,t){for(var o in t)e[o]=t[o];return e}function Ve(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Ln(e,t,o){var r,s,i,a={};for(i in t)i=="key"?r=t[i]:i=="ref"?s=t[i]:a[i]=t[i];if(arguments.length>2&&(a.children=arguments.length>3?Re.call(arguments,2):o),typeof e=="function"&&e.defaultProps!=null)for(i in e.defaultProps)a[i]===void 0&&(a[i]=e.defaultProps[i]);return be(e,a,r,s,null)}function be(e,t,o,r,s){var i={type:e,props:t,key:o,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++st,__i:-1,__u:0};return s==null&&$.vnode!=null&&$.vnode(i),i}function C(e){return e.children}function _e(e,t){this.props=e,this.context=t}function Z(e,t){if(t==null)return e.__?Z(e.__,e.__i+1):null;for(var o;t<e.__k.length;t++)if((o=e.__k[t])!=null&&o.__e!=null)return o.__e;return typeof e.type=="function"?Z(e):null}function Bn(e){if(e.__P&&e.__d){var t=e.__v,o=t.__e,r=[],s=[],i=W({},t);i.__v=t.__v+1,$.vnode&&$.vnode(i),Ue(e.__P,i,t,e.__n,e.__P.namespaceURI,32&t.__u?[o]:null,r,o??Z(t),!!(32&t.__u),s),i.__v=t.__v,i.__.__k[i.__i]=i,gt(r,i,s),t.__e=t.__=null,i.__e!=o&&dt(i)}}function dt(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),dt(e)}function ot(e){(!e.__d&&(e.__d=!0)&&J.push(e)&&!Se.__r++||nt!=$.debounceRendering)&&((nt=$.debounceRendering)||at)(Se)}function Se(){try{for(var e,t=1;J.length;)J.length>t&&J.sort(ut),e=J.shift(),t=J.length,Bn(e)}finally{J.length=Se.__r=0}}function ct(e,t,o,r,s,i,a,c,d,l,m){var y,u,p,g,v,R,A=r&&r.__k||ve,_=t.length;for(d=Fn(o,t,A,d,_),y=0;y<_;y++)(p=o.__k[y])!=null&&(u=p.__i!=-1&&A[p.__i]||he,p.__i=y,R=Ue(e,p,u,s,i,a,c,d,l,m),g=p.__e,p.ref&&u.ref!=p.ref&&(u.ref&&Le(u.ref,null,p),m.push(p.ref,p.__c||g,p)),v==null&&g!=null&&(v=g),4&p.__u?(d=mt(p,d,e),u.__e&&(u.__e=null)):typeof p.type=="function"&&R!==void 0?d=R:g&&(d=g.nextSibling),p.__u&=-7);return o.__e=v,d}function Fn(e,t,o,r,s){var i,a,c,d,l,m=o.length,y=m,u=0;for(e.__k=new Array(s),i=0;i<s;i++)(a=t[i])!=null&&typeof a!="boolean"&&typeof a!="function"?(typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?a=e.__k[i]=be(null,a,null,null,null):$e(a)?a=e.__k[i]=be(C,{children:a},null,null,null):a.constructor===void 0&&a.__b>0?a=e.__k[i]=be(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):e.__k[i]=a,d=i+u,a.__=e,a.__b=e.__b+1,c=null,(l=a.__i=Hn(a,o,d,y))!=-1&&(y--,(c=o[l])&&(c.__u|=2)),c==null||c.__v==null?(l==-1&&(s>m?u--:s<m&&u++),typeof a.type!="function"&&(a.__u|=4)):l!=d&&(l==d-1?u--:l==d+1?u++:(l>d?u--:u++,a.__u|=4))):e.__k[i]=null;if(y)for(i=0;i<m;i++)(c=o[i])!=null&&(2&c.__u)==0&&(c.__e==r&&(r=Z(c)),ft(c,c));return r}function mt(e,t,o){var r,s;if(typeof e.type=="function"){for(r=e.__k,s=0;r&&s<r.length;s++)r[s]&&(r[s].__=e,t=mt(r[s],t,o));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=Z(e)),t=o.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Hn(e,t,o,r){var s,i,a,c=e.key,d=e.type,l=t[o],m=l!=null&&(2&l.__u)==0;if(l===null&&c==null||m&&c==l.key&&d==l.type)return o;if(r>(m?1:0)){for(s=o-1,i=o+1;s>=0||i<t.length;)if((l=t[a=s>=0?s--:i++])!=null&&(2&l.__u)==0&&c==l.key&&d==l.type)return a}return-1}function rt(e,t,o){t[0]=="-"?e.setProperty(t,o??""):e[t]=o==null?"":typeof o!="number"||Un.test(t)?o:o+"px"}function ye(e,t,o,r,s){var i,a;e:if(t=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)o&&t in o||rt(e.style,t,"");if(o)for(t in o)r&&o[t]==r[t]||rt(e.style,t,o[t])}else if(t[0]=="o"&&t[1]=="n")i=t!=(t=t.replace(lt,"$1")),a=t.toLowerCase(),t=a in e||t=="onFocusOut"||t=="onFocusIn"?a.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+i]=o,o?r?o[re]=r[re]:(o[re]=Qe,e.addEventListener(t,i?Pe:Oe,i)):e.removeEventListener(t,i?Pe:Oe,i);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=o??"";break e}catch{}typeof o=="function"||(o==null||o===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&o==1?"":o))}}function it(e){return function(t){if(this.l){var o=this.l[t.type+e];if(t[fe]==null)t[fe]=Qe++;else if(t[fe]<o[re])return;return o($.event?$.event(t):t)}}}function Ue(e,t,o,r,s,i,a,c,d,l){var m,y,u,p,g,v,R,A,_,k,x,B,V,U,L,X,Q=t.type;if(t.constructor!==void 0)return null;128&o.__u&&(d=!!(32&o.__u),i=[c=t.__e=o.__e]),(m=$.__b)&&m(t);e:if(typeof Q=="function"){y=a.length;try{if(_=t.props,k=Q.prototype&&Q.prototype.render,x=(m=Q.contextType)&&r[m.__c],B=m?x?x.props.value:m.__:r,o.__c?A=(u=t.__c=o.__c).__=u.__E:(k?t.__c=u=new Q(_,B):(t.__c=u=new _e(_,B),u.constructor=Q,u.render=Gn),x&&x.sub(u),u.state||(u.state={}),u.__n=r,p=u.__d=!0,u.__h=[],u._sb=[]),k&&u.__s==null&&(u.__s=u.state),k&&Q.getDerivedStateFromProps!=null&&(u.__s==u.state&&(u.__s=W({},u.__s)),W(u.__s,Q.getDerivedStateFromProps(_,u.__s))),g=u.props,v=u.state,u.__v=t,p)k&&Q.getDerivedStateFromProps==null&&u.componentWillMount!=null&&u.componentWillMount(),k&&u.componentDidMount!=null&&u.__h.push(u.componentDidMount);else{if(k&&Q.getDerivedStateFromProps==null&&_!==g&&u.componentWillReceiveProps!=null&&u.componentWillReceiveProps(_,B),t.__v==o.__v||!u.__e&&u.shouldComponentUpdate!=null&&u.shouldComponentUpdate(_,u.__s,B)===!1){t.__v!=o.__v&&(u.props=_,u.state=u.__s,u.__d=!1),t.__e=o.__e,t.__k=o.__k,t.__k.some(function(Y){Y&&(Y.__=t)}),ve.push.apply(u.__h,u._sb),u._sb=[],u.__h.length&&a.push(u),c=Z(o);break e}u.componentWillUpdate!=null&&u.componentWillUpdate(_,u.__s,B),k&&u.componentDidUpdate!=null&&u.__h.push(function(){u.componentDidUpdate(g,v,R)})}if(u.context=B,u.props=_,u.__P=e,u.__e=!1,V=$.__r,U=0,k)u.state=u.__s,u.__d=!1,V&&V(t),m=u.render(u.props,u.state,u.context),ve.push.apply(u.__h,u._sb),u._sb=[];else do u.__d=!1,V&&V(t),m=u.render(u.props,u.state,u.context),u.state=u.__s;while(u.__d&&++U<25);u.state=u.__s,u.getChildContext!=null&&(r=W(W({},r),u.getChildContext())),k&&!p&&u.getSnapshotBeforeUpdate!=null&&(R=u.getSnapshotBeforeUpdate(g,v)),L=m!=null&&m.type===C&&m.key==null?yt(m.props.children):m,c=ct(e,$e(L)?L:[L],t,o,r,s,i,a,c,d,l),u.base=t.__e,t.__u&=-161,u.__h.length&&a.push(u),A&&(u.__E=u.__=null)}catch(Y){if(a.length=y,t.__v=null,d||i!=null){if(Y.then){for(t.__u|=d?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;i!=null&&(i[i.indexOf(c)]=null),t.__e=c}else if(i!=null)for(X=i.length;X--;)Ve(i[X])}else t.__e=o.__e;t.__k==null&&(t.__k=o.__k||[]),Y.then||pt(t),$.__e(Y,t,o)}}else i==null&&t.__v==o.__v?(t.__k=o.__k,t.__e=o.__e):c=t.__e=Wn(o.__e,t,o,r,s,i,a,d,l);return(m=$.diffed)&&m(t),128&t.__u?void 0:c}function pt(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(pt))}function gt(e,t,o){for(var r=0;r<o.length;r++)Le(o[r],o[++r],o[++r]);$.__c&&$.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(i){i.call(s)})}catch(i){$.__e(i,s.__v)}})}function yt(e){return typeof e!="object"||e==null||e.__b>0?e:$e(e)?e.map(yt):e.constructor!==void 0?null:W({},e)}function Wn(e,t,o,r,s,i,a,c,d){var l,m,y,u,p,g,v,R=o.props||he,A=t.props,_=t.type;if(_=="svg"?s="http://www.w3.org/2000/svg":_=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),i!=null){for(l=0;l<i.length;l++)if((p=i[l])&&"setAttribute"in p==!!_&&(_?p.localName==_:p.nodeType==3)){e=p,i[l]=null;break}}if(e==null){if(_==null)return document.createTextNode(A);e=document.createElementNS(s,_,A.is&&A),c&&($.__m&&$.__m(t,i),c=!1),i=null}if(_==null)R===A||c&&e.data==A||(e.data=A);else{if(i=_=="textarea"&&A.defaultValue!=null?null:i&&Re.call(e.childNodes),!c&&i!=null)for(R={},l=0;l<e.attributes.length;l++)R[(p=e.attributes[l]).name]=p.value;for(l in R)p=R[l],l=="dangerouslySetInnerHTML"?y=p:l=="children"||l in A||l=="value"&&"defaultValue"in A||l=="checked"&&"defaultChecked"in A||ye(e,l,null,p,s);for(l in A)p=A[l],l=="children"?u=p:l=="dangerouslySetInnerHTML"?m=p:l=="value"?g=p:l=="checked"?v=p:c&&typeof p!="function"||R[l]===p||ye(e,l,p,R[l],s);if(m)c||y&&(m.__html==y.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(y&&(e.innerHTML=""),ct(t.type=="template"?e.content:e,$e(u)?u:[u],t,o,r,_=="foreignObject"?"http://www.w3.org/1999/xhtml":s,i,a,i?i[0]:o.__k&&Z(o,0),c,d),i!=null)for(l=i.length;l--;)Ve(i[l]);c&&_!="textarea"||(l="value",_=="progress"&&g==null?e.removeAttribute("value"):g!=null&&(g!==e[l]||_=="progress"&&!g||_=="option"&&g!=R[l])&&ye(e,l,g,R[l],s),l="checked",v!=null&&v!=e[l]&&ye(e,l,v,R[l],s))}return e}function Le(e,t,o){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(s){$.__e(s,o)}}function ft(e,t,o){var r,s;if($.unmount&&$.unmount(e),(r=e.ref)&&(r.current&&r.current!=e.__e||Le(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(i){$.__e(i,t)}r.base=r.__P=r.__n=null}if(r=e.__k)for(s=0;s<r.length;s++)r[s]&&ft(r[s],t,o||typeof e.type!="function");o||Ve(e.__e),e.__c=e.__=e.__e=void 0}function Gn(e,t,o){return this.constructor(e,o)}function bt(e,t,o){var r,s,i,a;t==document&&(t=document.documentElement),$.__&&$.__(e,t),s=(r=typeof o=="function")?null:o&&o.__k||t.__k,i=[],a=[],Ue(t,e=(!r&&o||t).__k=Ln(C,null,[e]),s||he,he,t.namespaceURI,!r&&o?[o]:s?null:t.firstChild?Re.call(t.childNodes):null,i,!r&&o?o:s?s.__e:t.firstChild,r,a),gt(i,e,a),e.props.children=null}Re=ve.slice,$={__e:function(e,t,o,r){for(var s,i,a;t=t.__;)if((s=t.__c)&&!s.__)try{if((i=s.constructor)&&i.getDerivedStateFromError!=null&&(s.setState(i.getDerivedStateFromError(e)),a=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,r||{}),a=s.__d),a)return s.__E=s}catch(c){e=c}throw e}},st=0,Qn=function(e){return e!=null&&e.constructor===void 0},_e.prototype.setState=function(e,t){var o;o=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=W({},this.state),typeof e=="function"&&(e=e(W({},o),this.props)),e&&W(o,e),e!=null&&this.__v&&(t&&this._sb.push(t),ot(this))},_e.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),ot(this))},_e.prototype.render=C,J=[],at=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,ut=function(e,t){return e.__v.__b-t.__v.__b},Se.__r=0,qe=Math.random().toString(8),fe="__d"+qe,re="__a"+qe,lt=/(PointerCapture)$|Capture$/i,Qe=0,Oe=it(!1),Pe=it(!0),Vn=0;var ie,I,Be,_t,se=0,Et=[],N=$,ht=N.__b,vt=N.__r,St=N.diffed,Rt=N.__c,$t=N.unmount,Dt=N.__;function He(e,t){N.__h&&N.__h(I,e,se||t),se=0;var o=I.__H||(I.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function f(e){return se=1,Kn(It,e)}function Kn(e,t,o){var r=He(ie++,2);if(r.t=e,!r.__c&&(r.__=[o?o(t):It(void 0,t),function(c){var d=r.__N?r.__N[0]:r.__[0],l=r.t(d,c);d!==l&&(r.__N=[l,r.__[1]],r.__c.setState({}))}],r.__c=I,!I.__f)){var s=function(c,d,l){if(!r.__c.__H)return!0;var m=!1,y=r.__c.props!==c;if(r.__c.__H.__.some(function(p){if(p.__N){m=!0;var g=p.__[0];p.__=p.__N,p.__N=void 0,g!==p.__[0]&&(y=!0)}}),i){var u=i.call(this,c,d,l);return m?u||y:u}return!m||y};I.__f=!0;var i=I.shouldComponentUpdate,a=I.componentWillUpdate;I.componentWillUpdate=function(c,d,l){if(this.__e){var m=i;i=void 0,s(c,d,l),i=m}a&&a.call(this,c,d,l)},I.shouldComponentUpdate=s}return r.__N||r.__}function E(e,t){var o=He(ie++,3);!N.__s&&Ct(o.__H,t)&&(o.__=e,o.u=t,I.__H.__h.push(o))}function Ae(e){return se=5,G(function(){return{current:e}},[])}function G(e,t){var o=He(ie++,7);return Ct(o.__H,t)&&(o.__=e(),o.__H=t,o.__h=e),o.__}function Ee(e,t){return se=8,G(function(){return e},t)}function jn(){for(var e;e=Et.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(De),t.__h.some(Fe),t.__h=[]}catch(o){t.__h=[],N.__e(o,e.__v)}}}N.__b=function(e){I=null,ht&&ht(e)},N.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Dt&&Dt(e,t)},N.__r=function(e){vt&&vt(e),ie=0;var t=(I=e.__c).__H;t&&(Be===I?(t.__h=[],I.__h=[],t.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})):(t.__h.some(De),t.__h.some(Fe),t.__h=[],ie=0)),Be=I},N.diffed=function(e){St&&St(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Et.push(t)!==1&&_t===N.requestAnimationFrame||((_t=N.requestAnimationFrame)||Yn)(jn)),t.__H.__.some(function(o){o.u&&(o.__H=o.u,o.u=void 0)})),Be=I=null},N.__c=function(e,t){t.some(function(o){try{o.__h.some(De),o.__h=o.__h.filter(function(r){return!r.__||Fe(r)})}catch(r){t.some(function(s){s.__h&&(s.__h=[])}),t=[],N.__e(r,o.__v)}}),Rt&&Rt(e,t)},N.unmount=function(e){$t&&$t(e);var t,o=e.__c;o&&o.__H&&(o.__H.__.some(function(r){try{De(r)}catch(s){t=s}}),o.__H=void 0,t&&N.__e(t,o.__v))};var At=typeof requestAnimationFrame=="function";function Yn(e){var t,o=function(){clearTimeout(r),At&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(o,35);At&&(t=requestAnimationFrame(o))}function De(e){var t=I,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),I=t}function Fe(e){var t=I;e.__c=e.__(),I=t}function Ct(e,t){return!e||e.length!==t.length||t.some(function(o,r){return o!==e[r]})}function It(e,t){return typeof t=="function"?t(e):t}var S=class extends String{__apiType;value;__meta__;constructor(t,o){super(t),this.value=t,this.__meta__=o}toString(){return this.value}},Nt=new S(`
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
  }
  coordinatedCommunes {
    code
    name
  }
}
    `,{fragmentName:"Me"}),xt=new S(`
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
    `),Tt=new S(`
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
    `),kt=new S(`
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
    `),wt=new S(`
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
    `),Mt=new S(`
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
    `),qt=new S(`
    mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
  setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) {
    code
  }
}
    `),Ot=new S(`
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
    `),Pt=new S(`
    mutation EnableAccount($id: ID!) {
  enableAccount(userId: $id) {
    id
  }
}
    `),Qt=new S(`
    mutation DisableAccount($id: ID!) {
  disableAccount(userId: $id, reason: "Désactivé depuis la console") {
    id
  }
}
    `),Vt=new S(`
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
    `),Ut=new S(`
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
  }
  coordinatedCommunes {
    code
    name
  }
}`),Lt=new S(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password, cookie: true) {
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
  }
  coordinatedCommunes {
    code
    name
  }
}`),Bt=new S(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `),Ft=new S(`
    mutation EndSession {
  endSession
}
    `),Ht=new S(`
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
    `),Wt=new S(`
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
    `),Gt=new S(`
    query QueueOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),Kt=new S(`
    subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
  brigadeQueueEvents(brigadeId: $brigade, after: $after) {
    id
    reportId
    kind
    status
  }
}
    `),jt=new S(`
    subscription CoordinatorFeed {
  myNotifications {
    kind
  }
}
    `),Yt=new S(`
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
    `),zt=new S(`
    mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
  decideEnrolment(userId: $id, approve: $approve, reason: $reason) {
    id
  }
}
    `),Jt=new S(`
    mutation SuspendResident($id: ID!, $reason: String!) {
  suspendResident(userId: $id, reason: $reason) {
    id
  }
}
    `),Xt=new S(`
    mutation ReinstateResident($id: ID!) {
  reinstateResident(userId: $id) {
    id
  }
}
    `),Zt=new S(`
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
    `),en=new S(`
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
    `),tn=new S(`
    query ReportDetail($id: ID!) {
  report(id: $id) {
    id
    status
    description
    observedAt
    createdAt
    routingRule
    accuracyMeters
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
    `),nn=new S(`
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
    `),on=new S(`
    mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
  addReportNote(
    reportId: $id
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
  }
}
    `),rn=new S(`
    mutation MarkDuplicate($id: ID!, $of: ID!) {
  markDuplicate(reportId: $id, duplicateOf: $of) {
    id
    status
  }
}
    `),sn=new S(`
    mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
  rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) {
    id
  }
}
    `),an=new S(`
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
    `),un=new S(`
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
    `),ln=new S(`
    mutation CloseInterventionAlert($id: ID!, $message: String!) {
  closeInterventionAlert(id: $id, message: $message) {
    id
    closedAt
  }
}
    `);var Jn={"\n  query AdminCommunes {\n    communes(participating: true) { code name participatingSince brigade { name } referent { displayName } }\n  }\n":xt,"\n  query AdminBrigades {\n    brigades { id code name kind phone communes { code } }\n  }\n":Tt,"\n  query AdminCategories {\n    categories { code label urgency order active diversion }\n  }\n":kt,"\n  query RoutingSetup {\n    communes(participating: true) { code name brigade { name } }\n    categories { code label }\n    brigades { id name }\n  }\n":wt,"\n  query RoutingRules($c: String!) {\n    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }\n  }\n":Mt,"\n  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {\n    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }\n  }\n":qt,"\n  query Accounts($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }\n    }\n  }\n":Ot,"\n  mutation EnableAccount($id: ID!) {\n    enableAccount(userId: $id) { id }\n  }\n":Pt,'\n  mutation DisableAccount($id: ID!) {\n    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }\n  }\n':Qt,"\n  query Audit($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at kind targetType targetId actor { displayName } }\n    }\n  }\n":Vt,"\n  fragment Me on User {\n    id\n    displayName\n    email\n    role\n    rank\n    brigade { id code name departement }\n    coordinatedCommunes { code name }\n  }\n":Nt,"\n  mutation ResumeSession {\n    resumeSession { accessToken expiresIn user { ...Me } }\n  }\n":Ut,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password, cookie: true) { accessToken expiresIn user { ...Me } }\n  }\n":Lt,"\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n":Bt,"\n  mutation EndSession {\n    endSession\n  }\n":Ft,"\n  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {\n    brigadeQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status description createdAt category { code label urgency } commune { code name } location { latitude longitude } }\n    }\n  }\n":Ht,"\n  query BrigadeSetup {\n    categories { code label }\n    me { brigade { communes { code name } } }\n    brigadeTo: brigades { id code name }\n  }\n":Wt,"\n  query QueueOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":Gt,"\n  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {\n    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }\n  }\n":Kt,"\n  subscription CoordinatorFeed {\n    myNotifications { kind }\n  }\n":jt,"\n  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {\n    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email phone enrolmentStatus }\n    }\n  }\n":Yt,"\n  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {\n    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }\n  }\n":zt,"\n  mutation SuspendResident($id: ID!, $reason: String!) {\n    suspendResident(userId: $id, reason: $reason) { id }\n  }\n":Jt,"\n  mutation ReinstateResident($id: ID!) {\n    reinstateResident(userId: $id) { id }\n  }\n":Xt,"\n  query CommuneAlerts($code: String!) {\n    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }\n  }\n":Zt,"\n  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {\n    communeOutlines(codes: [$code]) { code name polygons }\n    communeActivity(communeCode: $code, from: $from, to: $to) {\n      total\n      medianSecondsToAcknowledge\n      byCategory { key count }\n      byStatus { key count }\n      byWeek { key count }\n      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }\n    }\n    categories { code label }\n  }\n":en,"\n  query ReportDetail($id: ID!) {\n    report(id: $id) {\n      id status description observedAt createdAt routingRule accuracyMeters\n      category { code label urgency }\n      commune { code name }\n      brigade { id name }\n      location { latitude longitude }\n      photos { id url }\n      reporter { displayName email phone }\n      duplicateOf { id }\n      events { id kind status publicNote internalNote actorRole at }\n      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }\n    }\n  }\n":tn,"\n  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {\n    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }\n  }\n":nn,"\n  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {\n    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }\n  }\n":on,"\n  mutation MarkDuplicate($id: ID!, $of: ID!) {\n    markDuplicate(reportId: $id, duplicateOf: $of) { id status }\n  }\n":rn,"\n  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {\n    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }\n  }\n":sn,"\n  query ReportAlerts($commune: String!) {\n    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }\n  }\n":an,"\n  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {\n    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }\n  }\n":un,"\n  mutation CloseInterventionAlert($id: ID!, $message: String!) {\n    closeInterventionAlert(id: $id, message: $message) { id closedAt }\n  }\n":ln};function h(e){return Jn[e]??{}}var K=class extends Error{constructor(o,r,s=null){super(o);this.code=r;this.field=s}};h(`
  fragment Me on User {
    id
    displayName
    email
    role
    rank
    brigade { id code name departement }
    coordinatedCommunes { code name }
  }
`);var Xn=h(`
  mutation ResumeSession {
    resumeSession { accessToken expiresIn user { ...Me } }
  }
`),Zn=h(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password, cookie: true) { accessToken expiresIn user { ...Me } }
  }
`),eo=h(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`),to=h(`
  mutation EndSession {
    endSession
  }
`),j=null,Ie=0,We=null,Ge=new Set;function dn(e){return Ge.add(e),()=>Ge.delete(e)}function cn(e){return j=e.accessToken,Ie=Date.now()+e.expiresIn*1e3,e.user}function mn(){j=null,Ie=0,Ge.forEach(e=>e(null))}async function pn(){return j&&Date.now()>Ie-3e4&&await ue(),j}async function ae(e,t){let o={"content-type":"application/json"};j&&(o.authorization=`Bearer ${j}`);let r;try{r=await fetch("/graphql",{method:"POST",headers:o,credentials:"same-origin",body:JSON.stringify({query:e.toString(),variables:t})})}catch{throw new K("Le serveur est injoignable. Vérifiez la connexion puis réessayez.","NETWORK")}try{return await r.json()}catch{throw new K(`Réponse illisible du serveur (HTTP ${r.status}).`,"INTERNAL")}}function Ce(e){let t=e?.errors?.[0];return t?new K(t.message??"Erreur",t.extensions?.code??"INTERNAL",t.extensions?.field??null):null}async function D(e,...[t]){j&&Date.now()>Ie-3e4&&await ue();let o=t??{},r=await ae(e,o),s=Ce(r);if(s?.code==="UNAUTHENTICATED"&&j&&await ue()&&(r=await ae(e,o),s=Ce(r)),s)throw s.code==="UNAUTHENTICATED"&&mn(),s;if(!r.data)throw new K("Réponse vide du serveur.","INTERNAL");return r.data}function ue(){return We??=(async()=>{try{let e=await ae(Xn,{});return Ce(e)||!e.data?(j=null,null):cn(e.data.resumeSession)}catch{return null}finally{We=null}})(),We}async function gn(e,t){let o=await ae(Zn,{email:e,password:t}),r=Ce(o);if(r)throw r;if(!o.data)throw new K("Réponse vide du serveur.","INTERNAL");return cn(o.data.login)}async function Ne(e=!1){try{e?await D(eo):await ae(to,{})}finally{mn()}}var F={SUBMITTED:"Reçu",ACKNOWLEDGED:"Pris en compte",IN_PROGRESS:"Intervention en cours",RESOLVED:"Traité",REJECTED:"Classé sans suite",DUPLICATE:"Doublon",WITHDRAWN:"Retiré"};function yn(e){return Object.hasOwn(F,e)?F[e]:e}var fn=["SUBMITTED","ACKNOWLEDGED","IN_PROGRESS"],bn={FILED:"Signalement déposé",STATUS_CHANGED:"Statut modifié",NOTE:"Réponse au signalant",INTERNAL_NOTE:"Note interne",COMMENT:"Précision du signalant",PHOTOS_ADDED:"Photos ajoutées",REROUTED:"Transmis à une autre unité",DUPLICATE_LINKED:"Rattaché comme doublon",WITHDRAWN:"Retiré par le signalant"},ee={RESIDENT:"Habitant",COORDINATOR:"Coordinateur communal",BRIGADE_STAFF:"Personnel de brigade",ADMIN:"Administrateur",PARTNER:"Partenaire"},le={PENDING:"En attente",APPROVED:"Approuvée",REJECTED:"Refusée",SUSPENDED:"Suspendue"},_n={COMMUNE_DEFAULT:"Brigade de la commune",CATEGORY_OVERRIDE:"Règle par catégorie",REROUTED:"Transmis"},te={3:"Immédiate",2:"Élevée",1:"Normale"},no=new Intl.DateTimeFormat("fr-FR",{dateStyle:"short",timeStyle:"short",timeZone:"Europe/Paris"}),oo=new Intl.DateTimeFormat("fr-FR",{day:"numeric",month:"short",timeZone:"UTC"});function w(e){return no.format(new Date(e))}function xe(e){return oo.format(new Date(`${e}T00:00:00Z`))}function hn(e,t=Date.now()){let o=Math.max(0,Math.round((t-new Date(e).getTime())/6e4));if(o<1)return"à l’instant";if(o<60)return`il y a ${o} min`;let r=Math.round(o/60);return r<48?`il y a ${r} h`:`il y a ${Math.round(r/24)} j`}function vn(e){return e==null?"—":e<3600?`${Math.round(e/60)} min`:e<172800?`${(e/3600).toFixed(1).replace(".",",")} h`:`${Math.round(e/86400)} j`}var ro=0,mr=Array.isArray;function n(e,t,o,r,s,i){t||(t={});var a,c,d=t;if("ref"in d)for(c in d={},t)c=="ref"?a=t[c]:d[c]=t[c];var l={type:e,props:d,key:o,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--ro,__i:-1,__u:0,__source:s,__self:i};if(typeof e=="function"&&(a=e.defaultProps))for(c in a)d[c]===void 0&&(d[c]=a[c]);return $.vnode&&$.vnode(l),l}var io=0;function Ke(e){let[t]=f(()=>`${e}-${++io}`);return t}function T({kind:e,children:t}){return n("p",{class:`notice notice-${e}`,role:e==="error"?"alert":"status",children:t})}function M(e){return e instanceof K?e.message:"Une erreur inattendue est survenue."}function H(e){let[t,o]=f(!1),[r,s]=f(null),[i,a]=f(null);return{run:Ee(async(...l)=>{o(!0),s(null),a(null);try{let m=await e(...l);m&&a(m)}catch(m){s(M(m))}finally{o(!1)}},[e]),busy:t,feedback:n(C,{children:[r&&n(T,{kind:"error",children:r}),i&&n(T,{kind:"success",children:i})]})}}function q(e){let t=Ke("field"),o=e.hint?`${t}-hint`:void 0,r={id:t,value:e.value,required:e.required,"aria-describedby":o,onInput:s=>e.onInput(s.target.value)};return n("div",{class:"field",children:[n("label",{for:t,children:[e.label,e.required&&n("span",{"aria-hidden":"true",children:" *"})]}),e.hint&&n("span",{class:"hint",id:o,children:e.hint}),e.multiline?n("textarea",{rows:3,...r}):n("input",{type:e.type??"text",autocomplete:e.autocomplete,...r})]})}function O(e){let t=Ke("select");return n("div",{class:"field",children:[n("label",{for:t,children:e.label}),n("select",{id:t,value:e.value,onChange:o=>e.onChange(o.target.value),children:e.options.map(([o,r])=>n("option",{value:o,children:r},o))})]})}function P({title:e,children:t,id:o}){let r=Ke("section");return n("section",{class:"panel","aria-labelledby":r,id:o,children:[n("h2",{id:r,children:e}),t]})}function de(e,t,o,r){let[s,i]=f([]),[a,c]=f(null),[d,l]=f(null),[m,y]=f(!1),[u,p]=f(null),[g,v]=f(!1),[R,A]=f(0),_=async(x,B)=>{v(!0);try{let V=await D(e,{...o,after:x}),U=t(V);i(L=>B?[...L,...U.nodes]:U.nodes),c(U.totalCount),l(U.pageInfo.endCursor),y(U.pageInfo.hasNextPage),p(null)}catch(V){p(M(V))}finally{v(!1)}};E(()=>{_(null,!1)},[...r,R]);let k=m?n("button",{type:"button",disabled:g,onClick:()=>void _(d,!0),children:["Afficher plus (",s.length," sur ",a,")"]}):null;return{nodes:s,total:a,error:u,more:k,reload:()=>A(x=>x+1)}}var ce=[["communes","Communes"],["brigades","Brigades"],["categories","Catégories"],["routing","Acheminement"],["accounts","Comptes"],["audit","Journal"]];function Sn({me:e}){let[t,o]=f("communes");return n("div",{class:"admin",children:[n("div",{role:"tablist","aria-label":"Administration",class:"tabs",children:ce.map(([r,s])=>n("button",{type:"button",role:"tab",id:`tab-${r}`,"aria-selected":t===r,"aria-controls":"admin-panel",tabIndex:t===r?0:-1,onClick:()=>o(r),onKeyDown:i=>{let a=ce.findIndex(([d])=>d===t),c=i.key==="ArrowRight"?1:i.key==="ArrowLeft"?-1:0;if(c){let d=ce[(a+c+ce.length)%ce.length][0];o(d),document.getElementById(`tab-${d}`)?.focus()}},children:s},r))}),n("div",{role:"tabpanel",id:"admin-panel","aria-labelledby":`tab-${t}`,children:[t==="communes"&&n(bo,{}),t==="brigades"&&n(_o,{}),t==="categories"&&n(ho,{}),t==="routing"&&n(vo,{}),t==="accounts"&&n(So,{me:e}),t==="audit"&&n($o,{})]})]})}function me(e,t,...o){let[r,s]=f(null),[i,a]=f(null),[c,d]=f(0);return E(()=>{D(e,...o).then(l=>(s(l),a(null))).catch(l=>a(M(l)))},[...t,c]),{data:r,error:i&&n(T,{kind:"error",children:i}),reload:()=>d(l=>l+1)}}function ne({rows:e,columns:t,rowKey:o}){return n("table",{children:[n("thead",{children:n("tr",{children:t.map(([r])=>n("th",{scope:"col",children:r},r))})}),n("tbody",{children:e.map(r=>n("tr",{children:t.map(([s,i])=>n("td",{children:i(r)},s))},o(r)))})]})}var so=h(`
  query AdminCommunes {
    communes(participating: true) { code name participatingSince brigade { name } referent { displayName } }
  }
`),ao=h(`
  query AdminBrigades {
    brigades { id code name kind phone communes { code } }
  }
`),uo=h(`
  query AdminCategories {
    categories { code label urgency order active diversion }
  }
`),lo=h(`
  query RoutingSetup {
    communes(participating: true) { code name brigade { name } }
    categories { code label }
    brigades { id name }
  }
`),co=h(`
  query RoutingRules($c: String!) {
    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }
  }
`),mo=h(`
  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }
  }
`),po=h(`
  query Accounts($filter: UserFilter, $after: String) {
    users(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }
    }
  }
`),go=h(`
  mutation EnableAccount($id: ID!) {
    enableAccount(userId: $id) { id }
  }
`),yo=h(`
  mutation DisableAccount($id: ID!) {
    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }
  }
`),fo=h(`
  query Audit($after: String) {
    auditEvents(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at kind targetType targetId actor { displayName } }
    }
  }
`);function bo(){let{data:e,error:t}=me(so,[]);return n(P,{title:"Communes du dispositif",children:[t,n(ne,{rows:e?.communes??[],rowKey:o=>o.code,columns:[["Code INSEE",o=>o.code],["Commune",o=>o.name],["Depuis",o=>o.participatingSince??"—"],["Brigade",o=>o.brigade?.name??"—"],["Référent",o=>o.referent?.displayName??"—"]]})]})}function _o(){let{data:e,error:t}=me(ao,[]);return n(P,{title:"Brigades",children:[t,n(ne,{rows:e?.brigades??[],rowKey:o=>o.id,columns:[["Code",o=>o.code],["Nom",o=>o.name],["Téléphone",o=>o.phone??"—"],["Communes couvertes",o=>o.communes.length]]})]})}function ho(){let{data:e,error:t}=me(uo,[]);return n(P,{title:"Catégories de signalement",children:[t,n(ne,{rows:e?.categories??[],rowKey:o=>o.code,columns:[["Code",o=>o.code],["Libellé",o=>o.label],["Urgence",o=>te[o.urgency]],["Réorientation d’urgence",o=>o.diversion??"—"]]})]})}function vo(){let e=me(lo,[]),t=e.data?.communes??[],[o,r]=f(""),s=o||t[0]?.code||"",i=me(co,[s],{c:s}),[a,c]=f(""),[d,l]=f(""),m=H(async(g,v)=>(await D(mo,{c:s,k:g,b:v}),i.reload(),v?"Règle enregistrée.":"Règle retirée.")),y=e.data?.categories??[],u=e.data?.brigades??[],p=t.find(g=>g.code===s)?.brigade?.name??"—";return n(P,{title:"Règles d’acheminement",children:[e.error,n("form",{class:"filters",onSubmit:g=>g.preventDefault(),children:n(O,{label:"Commune",value:s,onChange:r,options:t.map(g=>[g.code,g.name])})}),n("p",{children:["Par défaut, les signalements vont à : ",n("strong",{children:p}),"."]}),i.error,n(ne,{rows:(i.data?.categoryOverrides??[]).flatMap(g=>g.category?[{...g,category:g.category}]:[]),rowKey:g=>g.category.code,columns:[["Catégorie",g=>g.category.label],["Acheminée vers",g=>g.brigade?.name??"—"],["Action",g=>n("button",{type:"button",class:"small",disabled:m.busy,onClick:()=>void m.run(g.category.code,null),children:["Retirer la règle « ",g.category.label," »"]})]]}),n("h3",{children:"Nouvelle règle"}),n("form",{class:"filters","aria-label":"Nouvelle règle",onSubmit:g=>{g.preventDefault(),m.run(a||y[0]?.code,d||u[0]?.id)},children:[n(O,{label:"Catégorie",value:a||y[0]?.code||"",onChange:c,options:y.map(g=>[g.code,g.label])}),n(O,{label:"Brigade destinataire",value:d||u[0]?.id||"",onChange:l,options:u.map(g=>[g.id,g.name])}),n("div",{class:"field",children:[n("span",{"aria-hidden":"true",children:" "}),n("button",{type:"submit",class:"primary",disabled:m.busy||!s,children:"Enregistrer la règle"})]})]}),m.feedback]})}function So({me:e}){let[t,o]=f(""),r=de(po,i=>i.users,{filter:t.trim()?{search:t.trim()}:null},[t]),s=i=>i.disabledAt?`Désactivé le ${w(i.disabledAt)}`:i.enrolmentStatus?`Inscription ${le[i.enrolmentStatus].toLowerCase()}`:"Actif";return n(P,{title:"Comptes",children:[n("form",{class:"filters",role:"search",onSubmit:i=>i.preventDefault(),children:n(q,{label:"Rechercher (nom ou adresse)",value:t,onInput:o,type:"search"})}),r.error&&n(T,{kind:"error",children:r.error}),r.total!==null&&n("p",{class:"count",children:[r.total," comptes"]}),n(ne,{rows:r.nodes,rowKey:i=>i.id,columns:[["Nom",i=>i.displayName],["Adresse",i=>i.email],["Rôle",i=>ee[i.role]],["Rattachement",i=>i.brigade?.name??i.commune?.name??(i.coordinatedCommunes.map(a=>a.name).join(", ")||"—")],["État",s],["Action",i=>i.role==="RESIDENT"||i.id===e.id?"—":n(Ro,{user:i,onChanged:r.reload})]]}),r.more]})}function Ro({user:e,onChanged:t}){let{run:o,busy:r,feedback:s}=H(async()=>{e.disabledAt?await D(go,{id:e.id}):await D(yo,{id:e.id}),t()}),i=e.disabledAt?"Réactiver":"Désactiver";return n(C,{children:[n("button",{type:"button",class:"small",disabled:r,onClick:()=>void o(),"aria-label":`${i} ${e.displayName}`,children:i}),s]})}function $o(){let e=de(fo,t=>t.auditEvents,{},[]);return n(P,{title:"Journal d’audit",children:[e.error&&n(T,{kind:"error",children:e.error}),n(ne,{rows:e.nodes,rowKey:t=>t.id,columns:[["Date",t=>w(t.at)],["Action",t=>n("code",{children:t.kind})],["Par",t=>t.actor?.displayName??"Système"],["Cible",t=>t.targetType?`${t.targetType} ${t.targetId??""}`:"—"]]}),e.more]})}function Te({document:e,variables:t,onData:o,onState:r}){let s=null,i=!1,a=0,c,d=async()=>{if(i)return;let l=await pn();if(i)return;let m=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/graphql/ws`,y=new WebSocket(m,"graphql-transport-ws");s=y,y.onopen=()=>y.send(JSON.stringify({type:"connection_init",payload:l?{authorization:`Bearer ${l}`}:{}})),y.onmessage=u=>{let p;try{p=JSON.parse(String(u.data))}catch{return}switch(p.type){case"connection_ack":a=0,r?.(!0),y.send(JSON.stringify({id:"1",type:"subscribe",payload:{query:e.toString(),variables:t()}}));break;case"ping":y.send(JSON.stringify({type:"pong"}));break;case"next":p.payload?.data&&o(p.payload.data);break;case"error":case"complete":y.close(1e3);break}},y.onclose=()=>{r?.(!1),!i&&(a+=1,c=window.setTimeout(d,Math.min(3e4,500*2**a)))}};return d(),{close(){i=!0,window.clearTimeout(c),s?.close(1e3)}}}var ke=1e3,je=680;function Ye(e,t){let o=Math.sin(t*Math.PI/180),r=.5-Math.log((1+o)/(1-o))/(4*Math.PI);return[(e+180)/360,r]}function Do(){let t=document.querySelector('meta[name="vigie-map-tiles"]')?.getAttribute("content")?.trim();return t||null}function we(e){let{outlines:t,points:o}=e,r=G(()=>{let[d,l,m,y]=[1/0,1/0,-1/0,-1/0],u=([v,R])=>{d=Math.min(d,v),m=Math.max(m,v),l=Math.min(l,R),y=Math.max(y,R)};if(t.forEach(v=>v.polygons.forEach(R=>R[0]?.forEach(([A,_])=>u(Ye(A,_))))),o.forEach(v=>u(Ye(v.longitude,v.latitude))),!Number.isFinite(d))return null;let p=Math.max(m-d,y-l)*.04||5e-4;d-=p,l-=p,m+=p,y+=p;let g=Math.min(ke/(m-d),je/(y-l));return d-=(ke/g-(m-d))/2,l-=(je/g-(y-l))/2,{minX:d,minY:l,scale:g,height:je}},[t,o]);if(!r)return n("p",{class:"muted",children:"Aucune commune à afficher."});let s=(d,l)=>{let[m,y]=Ye(d,l);return[(m-r.minX)*r.scale,(y-r.minY)*r.scale]},i=d=>d.map(l=>l.map(m=>m.map(([y,u],p)=>`${p?"L":"M"}${s(y,u).map(g=>g.toFixed(1)).join(" ")}`).join("")+"Z").join("")).join(""),a=Ao(r),c=t.map(d=>{let l=d.polygons[0]?.[0]??[],m=l.reduce((y,[u,p])=>[y[0]+u,y[1]+p],[0,0]);return{outline:d,centre:l.length?s(m[0]/l.length,m[1]/l.length):null}});return n("figure",{class:"map",children:[n("svg",{viewBox:`0 0 ${ke} ${r.height}`,role:"group","aria-label":e.title,children:[a.map(d=>n("image",{href:d.href,x:d.x,y:d.y,width:d.size,height:d.size},d.href)),c.map(({outline:d})=>n("path",{class:"commune",d:i(d.polygons),"fill-rule":"evenodd",children:n("title",{children:d.name})},d.code)),c.map(({outline:d,centre:l})=>l?n("text",{x:l[0],y:l[1],class:"commune-name","aria-hidden":"true",children:d.name},d.code):null),o.map(d=>{let[l,m]=s(d.longitude,d.latitude),y=()=>e.onSelect?.(d.id),u=e.onSelect?{tabIndex:0,role:"button",onClick:y,onKeyDown:g=>{(g.key==="Enter"||g.key===" ")&&(g.preventDefault(),y())}}:{role:"img"},p=e.grid?16+Math.min(24,d.weight*4):0;return n("g",{class:`marker urgency-${e.grid?"grid":d.weight}${d.selected?" selected":""}`,"aria-label":d.label,"data-report":d.id,...u,children:[e.grid?n("rect",{x:l-p/2,y:m-p/2,width:p,height:p}):n("circle",{cx:l,cy:m,r:d.selected?17:13}),n("title",{children:d.label})]},d.id)})]}),n("figcaption",{children:[e.title," — contours des communes : IGN (Admin Express), servis par Vigie."]})]})}function Ao(e){let t=Do();if(!t)return[];let o=Math.max(0,Math.min(18,Math.round(Math.log2(e.scale/256)))),r=2**o,s=e.scale/r,i=e.minX+ke/e.scale,a=e.minY+e.height/e.scale,c=[];for(let d=Math.floor(e.minX*r);d<=Math.floor(i*r);d++)for(let l=Math.floor(e.minY*r);l<=Math.floor(a*r);l++){let m=t.replace("{z}",String(o)).replace("{x}",String(d)).replace("{y}",String(l));c.push({href:m,x:(d/r-e.minX)*e.scale,y:(l/r-e.minY)*e.scale,size:s})}return c.slice(0,64)}var Eo=h(`
  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }
  }
`),Co=h(`
  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }
  }
`),Io=h(`
  mutation MarkDuplicate($id: ID!, $of: ID!) {
    markDuplicate(reportId: $id, duplicateOf: $of) { id status }
  }
`),No=h(`
  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }
  }
`),xo=h(`
  query ReportAlerts($commune: String!) {
    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }
  }
`),To=h(`
  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }
  }
`),ko=h(`
  mutation CloseInterventionAlert($id: ID!, $message: String!) {
    closeInterventionAlert(id: $id, message: $message) { id closedAt }
  }
`),wo={SUBMITTED:[["ACKNOWLEDGED","Prendre en compte"],["REJECTED","Classer sans suite"]],ACKNOWLEDGED:[["IN_PROGRESS","Démarrer l’intervention"],["REJECTED","Classer sans suite"]],IN_PROGRESS:[["RESOLVED","Marquer traité"],["REJECTED","Classer sans suite"]],RESOLVED:[["ACKNOWLEDGED","Rouvrir"]],REJECTED:[["ACKNOWLEDGED","Rouvrir"]]};function Rn({report:e,onChanged:t}){let o=wo[e.status]??[],[r,s]=f(o[0]?.[0]??null),[i,a]=f(""),[c,d]=f("");E(()=>s(o[0]?.[0]??null),[e.status]);let{run:l,busy:m,feedback:y}=H(async u=>{let p={publicNote:i.trim()||null,internalNote:c.trim()||null};return u&&r?await D(Eo,{id:e.id,to:r,...p}):await D(Co,{id:e.id,...p}),a(""),d(""),t(),u?"Statut mis à jour.":"Note enregistrée."});return n("form",{class:"action","aria-labelledby":"triage-title",onSubmit:u=>{u.preventDefault(),l(!0)},children:[n("h3",{id:"triage-title",children:"Traiter"}),o.length>0&&n(O,{label:"Nouveau statut",value:r??"",onChange:u=>s(u),options:o}),n(q,{label:"Réponse au signalant (visible par lui)",value:i,onInput:a,multiline:!0}),n(q,{label:"Note interne (brigade seulement)",value:c,onInput:d,multiline:!0}),n("div",{class:"buttons",children:[o.length>0&&n("button",{type:"submit",class:"primary",disabled:m,children:"Appliquer"}),n("button",{type:"button",disabled:m||!i.trim()&&!c.trim(),onClick:()=>void l(!1),children:"Ajouter la note seulement"})]}),y]})}function $n({report:e,onChanged:t}){let o=e.possibleDuplicates.flatMap(({reportId:a,distanceMeters:c,observedAt:d,status:l})=>a&&c!=null&&d?[{reportId:a,distanceMeters:c,observedAt:d,status:l}]:[]),{run:r,busy:s,feedback:i}=H(async a=>(await D(Io,{id:e.id,of:a}),t(),"Signalement rattaché comme doublon."));return n("div",{class:"action",children:[n("h3",{children:"Doublons possibles"}),o.length===0?n("p",{class:"muted",children:"Aucun signalement ouvert de même catégorie à moins de 250 m dans les 48 h."}):n("ul",{class:"plain",children:o.map(a=>n("li",{children:["À ",Math.round(a.distanceMeters)," m, observé le ",w(a.observedAt)," (",F[a.status],")"," ",n("button",{type:"button",disabled:s,onClick:()=>void r(a.reportId),"aria-label":`Classer ce signalement comme doublon de celui observé à ${Math.round(a.distanceMeters)} m le ${w(a.observedAt)}`,children:"Classer comme doublon de celui-ci"})]},a.reportId))}),i]})}function Dn({report:e,brigades:t,onChanged:o}){let[r,s]=f(t[0]?.id??""),[i,a]=f("");E(()=>s(m=>m||t[0]?.id||""),[t]);let{run:c,busy:d,feedback:l}=H(async()=>(await D(No,{id:e.id,to:r,reason:i}),o(),"Signalement transmis."));return n("form",{class:"action","aria-labelledby":"reroute-title",onSubmit:m=>{m.preventDefault(),c()},children:[n("h3",{id:"reroute-title",children:"Transmettre à une autre unité"}),n(O,{label:"Unité destinataire",value:r,onChange:s,options:t.map(m=>[m.id,m.name])}),n(q,{label:"Motif",value:i,onInput:a,required:!0}),n("button",{type:"submit",disabled:d||!r,children:"Transmettre"}),l]})}function An({report:e}){let[t,o]=f(""),[r,s]=f([]),[i,a]=f(0);E(()=>{D(xo,{commune:e.commune.code}).then(m=>s(m.interventionAlerts.nodes.filter(y=>y.reportId===e.id))).catch(()=>s([]))},[e.id,i]);let{run:c,busy:d,feedback:l}=H(async()=>{let m=await D(To,{commune:e.commune.code,message:t,report:e.id});return o(""),a(y=>y+1),`Alerte envoyée à ${m.sendInterventionAlert.recipients} élu(s).`});return n("div",{class:"action",children:[n("form",{"aria-labelledby":"alert-title",onSubmit:m=>{m.preventDefault(),c()},children:[n("h3",{id:"alert-title",children:["Alerter les élus de ",e.commune.name]}),n(q,{label:"Message d’intervention (SMS, sans nom ni adresse)",value:t,onInput:o,required:!0,multiline:!0}),n("button",{type:"submit",disabled:d||!t.trim(),children:"Envoyer l’alerte"}),l]}),r.length>0&&n("ul",{class:"plain alerts",children:r.map(m=>n(Mo,{alert:m,onClosed:()=>a(y=>y+1)},m.id))})]})}function Mo({alert:e,onClosed:t}){let[o,r]=f(""),{run:s,busy:i,feedback:a}=H(async()=>(await D(ko,{id:e.id,message:o}),t(),"Fin d’intervention envoyée."));return n("li",{children:[n("time",{dateTime:e.createdAt,children:w(e.createdAt)})," — ",e.message,e.closedAt?n("p",{class:"muted",children:["Terminée le ",w(e.closedAt)]}):n("form",{onSubmit:c=>{c.preventDefault(),s()},children:[n(q,{label:"Message de fin d’intervention",value:o,onInput:r,required:!0}),n("button",{type:"submit",disabled:i||!o.trim(),children:"Terminer l’intervention"}),a]})]})}var qo=h(`
  query ReportDetail($id: ID!) {
    report(id: $id) {
      id status description observedAt createdAt routingRule accuracyMeters
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
`);function En(e){let[t,o]=f(null),[r,s]=f(null),i=Ae(null);return E(()=>{i.current?.scrollIntoView({block:"start"}),i.current?.focus({preventScroll:!0})},[e.id]),E(()=>{let a=!0;return D(qo,{id:e.id}).then(c=>{a&&(c.report||s("Ce signalement n’est plus dans la file de la brigade."),o(c.report))}).catch(c=>a&&s(M(c))),()=>{a=!1}},[e.id,e.revision]),n("section",{class:"panel detail","aria-labelledby":"detail-title",id:"signalement",children:[n("div",{class:"detail-head",children:[n("h2",{id:"detail-title",tabIndex:-1,ref:i,children:t?`${t.category.label} — ${t.commune.name}`:"Signalement"}),n("button",{type:"button",onClick:e.onClose,children:"Fermer"})]}),r&&n(T,{kind:"error",children:r}),t&&n(Oo,{report:t,...e})]})}function Oo({report:e,brigades:t,onChanged:o}){return n("div",{class:"detail-grid",children:[n("div",{children:[n("dl",{class:"facts",children:[n("dt",{children:"Statut"}),n("dd",{"data-testid":"report-status",children:F[e.status]}),n("dt",{children:"Urgence"}),n("dd",{children:te[e.category.urgency]}),n("dt",{children:"Faits observés"}),n("dd",{children:w(e.observedAt)}),n("dt",{children:"Reçu"}),n("dd",{children:w(e.createdAt)}),n("dt",{children:"Lieu"}),n("dd",{children:[e.location.latitude.toFixed(5),", ",e.location.longitude.toFixed(5),e.accuracyMeters!=null&&` (± ${Math.round(e.accuracyMeters)} m)`]}),n("dt",{children:"Acheminement"}),n("dd",{children:[e.brigade.name," (",_n[e.routingRule],")"]}),n("dt",{children:"Signalant"}),n("dd",{children:e.reporter?n(C,{children:[e.reporter.displayName," — ",n("a",{href:`mailto:${e.reporter.email}`,children:e.reporter.email}),e.reporter.phone&&n(C,{children:[" ","— ",n("a",{href:`tel:${e.reporter.phone}`,children:e.reporter.phone})]})]}):"—"})]}),n("h3",{children:"Description"}),n("p",{class:"description",children:e.description}),e.photos.length>0&&n(C,{children:[n("h3",{children:"Photos"}),n("ul",{class:"photos",children:e.photos.map((r,s)=>n("li",{children:n("a",{href:r.url,target:"_blank",rel:"noopener noreferrer",children:n("img",{src:r.url,alt:`Photo ${s+1} jointe au signalement`})})},r.id))})]}),n("h3",{children:"Historique"}),n("ol",{class:"history",children:e.events.map(r=>n("li",{children:[n("time",{dateTime:r.at,children:w(r.at)})," — ",bn[r.kind]??r.kind,r.status&&` : ${F[r.status]}`," ",n("span",{class:"muted",children:["(",ee[r.actorRole],")"]}),r.publicNote&&n("p",{class:"note",children:["« ",r.publicNote," »"]}),r.internalNote&&n("p",{class:"note internal",children:["Note interne : ",r.internalNote]})]},r.id))})]}),n("div",{children:[n(Rn,{report:e,onChanged:o}),n($n,{report:e,onChanged:o}),n(Dn,{report:e,brigades:t,onChanged:o}),n(An,{report:e})]})]})}var Po=20,Qo=h(`
  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
    brigadeQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id status description createdAt category { code label urgency } commune { code name } location { latitude longitude } }
    }
  }
`),Vo=h(`
  query BrigadeSetup {
    categories { code label }
    me { brigade { communes { code name } } }
    brigadeTo: brigades { id code name }
  }
`),Uo=h(`
  query QueueOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),Lo=h(`
  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }
  }
`);function Cn({me:e}){let t=e.brigade,[o,r]=f([]),[s,i]=f([]),[a,c]=f([]),[d,l]=f([]),[m,y]=f("OPEN"),[u,p]=f(""),[g,v]=f(""),[R,A]=f(""),[_,k]=f([null]),[x,B]=f(null),[V,U]=f(null),[L,X]=f(null),[Q,Y]=f(!1),[qn,On]=f(""),[Je,Xe]=f(0),Ze=Ae(null);E(()=>{D(Vo).then(async b=>{r(b.categories);let z=b.me?.brigade?.communes??[];i(z),c(b.brigadeTo.filter(oe=>oe.id!==t.id));let Me=z.slice(0,100).map(oe=>oe.code),ge=await D(Uo,{codes:Me});l(ge.communeOutlines)}).catch(b=>U(M(b)))},[t.id]);let et=G(()=>{let b={status:m==="OPEN"?fn:[m]};return u&&(b.categoryCode=u),g&&(b.communeCode=g),R&&(b.createdSince=new Date(Date.now()-Number(R)*36e5).toISOString()),b},[m,u,g,R]),tt=_[_.length-1];E(()=>{let b=!0;return D(Qo,{filter:et,first:Po,after:tt}).then(z=>b&&(B(z.brigadeQueue),U(null))).catch(z=>b&&U(M(z))),()=>{b=!1}},[et,tt,Je]),E(()=>{let b,z=Te({document:Lo,variables:()=>({brigade:t.id,after:Ze.current}),onState:Y,onData:Me=>{let ge=Me.brigadeQueueEvents;Ze.current=ge.id,ge.kind==="FILED"&&On("Nouveau signalement reçu."),window.clearTimeout(b),b=window.setTimeout(()=>Xe(oe=>oe+1),150)}});return()=>{window.clearTimeout(b),z.close()}},[t.id]);let pe=Ee(b=>{b(),k([null])},[]),Pn=(x?.nodes??[]).map(b=>({id:b.id,latitude:b.location.latitude,longitude:b.location.longitude,weight:b.category.urgency,selected:b.id===L,label:`${b.category.label}, ${b.commune.name}, ${F[b.status]}`}));return n("div",{class:"brigade",children:[n("p",{class:"live-state","aria-live":"polite",children:[n("span",{class:Q?"dot on":"dot","aria-hidden":"true"}),Q?"Mises à jour en direct":"Connexion au direct…",n("span",{class:"visually-hidden",children:qn})]}),n("div",{class:"columns",children:[n(P,{title:"File des signalements",id:"file",children:[n("form",{class:"filters",onSubmit:b=>b.preventDefault(),"aria-label":"Filtres de la file",children:[n(O,{label:"Statut",value:m,onChange:b=>pe(()=>y(b)),options:[["OPEN","En cours (reçus, pris en compte, en intervention)"],...Object.entries(F)]}),n(O,{label:"Catégorie",value:u,onChange:b=>pe(()=>p(b)),options:[["","Toutes"],...o.map(b=>[b.code,b.label])]}),n(O,{label:"Commune",value:g,onChange:b=>pe(()=>v(b)),options:[["","Toutes"],...s.map(b=>[b.code,b.name])]}),n(O,{label:"Reçus depuis",value:R,onChange:b=>pe(()=>A(b)),options:[["","Toujours"],["1","1 heure"],["24","24 heures"],["168","7 jours"],["720","30 jours"]]})]}),V&&n(T,{kind:"error",children:V}),x&&n(C,{children:[n("p",{class:"count","data-testid":"queue-count",children:[x.totalCount," signalement",x.totalCount>1?"s":""]}),n("table",{class:"queue",children:[n("caption",{class:"visually-hidden",children:"Signalements, les plus urgents d'abord"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Urgence"}),n("th",{scope:"col",children:"Catégorie"}),n("th",{scope:"col",children:"Commune"}),n("th",{scope:"col",children:"Reçu"}),n("th",{scope:"col",children:"Statut"})]})}),n("tbody",{children:x.nodes.map(b=>n("tr",{class:b.id===L?"selected":"","data-report":b.id,children:[n("td",{children:n("span",{class:`urgency urgency-${b.category.urgency}`,children:te[b.category.urgency]})}),n("td",{children:[n("button",{type:"button",class:"link",onClick:()=>X(b.id),"aria-pressed":b.id===L,children:b.category.label}),n("span",{class:"excerpt",children:b.description.slice(0,80)})]}),n("td",{children:b.commune.name}),n("td",{children:n("time",{dateTime:b.createdAt,children:hn(b.createdAt)})}),n("td",{children:F[b.status]})]},b.id))})]}),x.nodes.length===0&&n("p",{class:"muted",children:"Aucun signalement ne correspond aux filtres."}),n("nav",{class:"pager","aria-label":"Pages de la file",children:[n("button",{type:"button",disabled:_.length<2,onClick:()=>k(_.slice(0,-1)),children:"Page précédente"}),n("span",{children:["Page ",_.length]}),n("button",{type:"button",disabled:!x.pageInfo.hasNextPage,onClick:()=>k([..._,x.pageInfo.endCursor]),children:"Page suivante"})]})]})]}),n(P,{title:"Carte de la file",id:"carte",children:n(we,{title:`Communes couvertes par ${t.name}`,outlines:d,points:Pn,onSelect:X})})]}),L&&n(En,{id:L,revision:Je,brigades:a,onClose:()=>X(null),onChanged:()=>Xe(b=>b+1)})]})}function In(e){let t=new Date(`${e}T00:00:00Z`);return t.setUTCDate(t.getUTCDate()-(t.getUTCDay()+6)%7),t}function Nn(e,t,o){let r=new Map(e.map(a=>[a.key,a.count])),s=[],i=In(o);for(let a=In(t);a<=i&&s.length<530;a.setUTCDate(a.getUTCDate()+7)){let c=a.toISOString().slice(0,10);s.push({key:c,count:r.get(c)??0})}return s.length?s:e}function xn({weeks:e}){if(e.every(i=>i.count===0))return n("p",{class:"muted",children:"Aucun signalement sur la période."});let t=Math.max(...e.map(i=>i.count)),o=180,r=Math.min(48,640/e.length),s=r*e.length;return n("figure",{class:"chart","data-testid":"weekly-chart",children:[n("svg",{viewBox:`0 0 ${s} ${o+24}`,role:"img","aria-labelledby":"weekly-caption",children:e.map((i,a)=>{let c=t?Math.max(2,i.count/t*o):0;return n("g",{children:[n("rect",{x:a*r+2,y:o-c,width:Math.max(2,r-4),height:c,class:"bar",children:n("title",{children:`Semaine du ${xe(i.key)} : ${i.count}`})}),(e.length<=12||a%Math.ceil(e.length/12)===0)&&n("text",{x:a*r+r/2,y:o+16,class:"axis",children:xe(i.key)})]},i.key)})}),n("figcaption",{id:"weekly-caption",children:"Signalements par semaine (semaines commençant le lundi)."}),n("table",{class:"visually-hidden",children:[n("caption",{children:"Signalements par semaine"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Semaine du"}),n("th",{scope:"col",children:"Signalements"})]})}),n("tbody",{children:e.map(i=>n("tr",{children:[n("td",{children:xe(i.key)}),n("td",{children:i.count})]},i.key))})]})]})}var Bo=h(`
  subscription CoordinatorFeed {
    myNotifications { kind }
  }
`);function wn({me:e}){let t=e.coordinatedCommunes,[o,r]=f(t[0]?.code??""),[s,i]=f({enrolments:0,alerts:0});return E(()=>{let a=Te({document:Bo,variables:()=>({}),onData:c=>{let d=c.myNotifications.kind;d==="ENROLMENT_REQUEST"&&i(l=>({...l,enrolments:l.enrolments+1})),d==="INTERVENTION_ALERT"&&i(l=>({...l,alerts:l.alerts+1}))}});return()=>a.close()},[]),o?n("div",{class:"commune",children:[t.length>1&&n("form",{class:"filters",onSubmit:a=>a.preventDefault(),children:n(O,{label:"Commune",value:o,onChange:r,options:t.map(a=>[a.code,a.name])})}),n("div",{class:"columns",children:[n(jo,{code:o,heard:s.enrolments}),n(zo,{code:o,heard:s.alerts})]}),n(Xo,{code:o})]}):n(T,{kind:"info",children:"Aucune commune ne vous est rattachée : adressez-vous à la préfecture."})}var Fo=h(`
  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email phone enrolmentStatus }
    }
  }
`),Ho=h(`
  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }
  }
`),Wo=h(`
  mutation SuspendResident($id: ID!, $reason: String!) {
    suspendResident(userId: $id, reason: $reason) { id }
  }
`),Go=h(`
  mutation ReinstateResident($id: ID!) {
    reinstateResident(userId: $id) { id }
  }
`),Ko=h(`
  query CommuneAlerts($code: String!) {
    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }
  }
`);function jo({code:e,heard:t}){let[o,r]=f("PENDING"),s=de(Fo,i=>i.enrolmentRequests,{code:e,status:o},[e,o,t]);return n(P,{title:"Inscriptions des habitants",id:"inscriptions",children:[n("form",{class:"filters",onSubmit:i=>i.preventDefault(),children:n(O,{label:"Afficher",value:o,onChange:i=>r(i),options:Object.entries(le)})}),s.error&&n(T,{kind:"error",children:s.error}),s.total!==null&&n(C,{children:[n("p",{class:"count",children:[s.total," inscription",s.total>1?"s":""," ",le[o].toLowerCase(),s.total>1?"s":""]}),n("ul",{class:"people",children:s.nodes.map(i=>n(Yo,{person:i,onChanged:s.reload},i.id))}),s.more]})]})}function Yo({person:e,onChanged:t}){let[o,r]=f(""),{run:s,busy:i,feedback:a}=H(async d=>{d==="approve"||d==="reject"?await D(Ho,{id:e.id,approve:d==="approve",reason:o.trim()||null}):d==="suspend"?await D(Wo,{id:e.id,reason:o}):await D(Go,{id:e.id}),t()}),c=e.enrolmentStatus==="PENDING";return n("li",{class:"person","data-person":e.email,children:[n("div",{children:[n("strong",{children:e.displayName})," — ",e.email,e.phone&&` — ${e.phone}`]}),(c||e.enrolmentStatus==="APPROVED")&&n(q,{label:c?"Motif (en cas de refus)":"Motif de la suspension",value:o,onInput:r}),n("div",{class:"buttons",children:[c&&n(C,{children:[n("button",{type:"button",class:"primary",disabled:i,onClick:()=>void s("approve"),children:["Approuver ",e.displayName]}),n("button",{type:"button",disabled:i,onClick:()=>void s("reject"),children:"Refuser"})]}),e.enrolmentStatus==="APPROVED"&&n("button",{type:"button",disabled:i||!o.trim(),onClick:()=>void s("suspend"),children:"Suspendre"}),e.enrolmentStatus==="SUSPENDED"&&n("button",{type:"button",disabled:i,onClick:()=>void s("reinstate"),children:"Rétablir"})]}),a]})}function zo({code:e,heard:t}){let[o,r]=f(null),[s,i]=f(null);return E(()=>{D(Ko,{code:e}).then(a=>r(a.interventionAlerts.nodes)).catch(a=>i(M(a)))},[e,t]),n(P,{title:"Alertes d’intervention reçues",id:"alertes",children:[s&&n(T,{kind:"error",children:s}),o&&o.length===0&&n("p",{class:"muted",children:"Aucune alerte."}),n("ul",{class:"plain alerts",children:(o??[]).map(a=>n("li",{children:[n("time",{dateTime:a.createdAt,children:w(a.createdAt)})," — ",a.message,a.closedAt?n("p",{class:"muted",children:["Terminée le ",w(a.closedAt)," ",a.closingMessage&&`: ${a.closingMessage}`]}):n("p",{class:"badge",children:"En cours"})]},a.id))})]})}var Jo=h(`
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
`);function Tn(e){return new Date(Date.now()+e*864e5).toISOString().slice(0,10)}function Xo({code:e}){let[t,o]=f(Tn(-90)),[r,s]=f(Tn(0)),[i,a]=f(null),[c,d]=f(null);E(()=>{let p={from:t?`${t}T00:00:00Z`:null,to:r?new Date(Date.parse(`${r}T00:00:00Z`)+864e5).toISOString():null};D(Jo,{code:e,...p}).then(g=>(a(g),d(null))).catch(g=>d(M(g)))},[e,t,r]);let l=G(()=>Object.fromEntries((i?.categories??[]).map(p=>[p.code,p.label])),[i]),m=G(()=>{let p=new Map;for(let g of i?.communeActivity.reports.nodes??[]){let v=`${g.location.latitude},${g.location.longitude}`,R=p.get(v)??{...g.location,count:0};R.count+=1,p.set(v,R)}return[...p.entries()].map(([g,v])=>({id:g,latitude:v.latitude,longitude:v.longitude,weight:v.count,label:`${v.count} signalement${v.count>1?"s":""} dans ce carré d’environ 200 m`}))},[i]),y=i?.communeActivity,u=i?.communeOutlines??[];return n(P,{title:"Activité de la commune",id:"activite",children:[n("form",{class:"filters",onSubmit:p=>p.preventDefault(),"aria-label":"Période",children:[n(q,{label:"Du",type:"date",value:t,onInput:o}),n(q,{label:"Au",type:"date",value:r,onInput:s})]}),c&&n(T,{kind:"error",children:c}),y&&n("div",{class:"columns",children:[n("div",{children:[n("p",{class:"figures",children:[n("span",{children:[n("strong",{"data-testid":"activity-total",children:y.total})," signalements"]}),n("span",{children:["Délai médian de prise en compte : ",n("strong",{children:vn(y.medianSecondsToAcknowledge)})]})]}),n(xn,{weeks:Nn(y.byWeek,t||y.byWeek[0]?.key||r,r)}),n("div",{class:"columns",children:[n(kn,{title:"Par catégorie",rows:y.byCategory,label:p=>l[p]??p}),n(kn,{title:"Par statut",rows:y.byStatus,label:yn})]})]}),n(we,{title:"Signalements de la période, par carré d’environ 200 m (sans signalant)",outlines:u,points:m,grid:!0})]})]})}function kn({title:e,rows:t,label:o}){return n("table",{class:"counts",children:[n("caption",{children:e}),n("tbody",{children:t.map(r=>n("tr",{children:[n("th",{scope:"row",children:o(r.key)}),n("td",{children:r.count})]},r.key))})]})}var Zo=["BRIGADE_STAFF","COORDINATOR","ADMIN"];function er(){let[e,t]=f(void 0),[o,r]=f(null);E(()=>{let i=dn(a=>a===null&&t(null));return ue().then(s),i},[]);let s=async i=>{if(i&&!Zo.includes(i.role)){await Ne(),r("Les consoles sont réservées aux brigades, aux coordinateurs communaux et à la préfecture. Les habitants utilisent l’application mobile Vigie."),t(null);return}t(i)};return E(()=>{document.title=e?`${ze(e)} — Vigie`:"Connexion — Vigie"},[e]),e===void 0?n("p",{class:"loading",children:"Chargement…"}):e===null?n(tr,{refused:o,onSignedIn:i=>void s(i)}):n(C,{children:[n("a",{class:"skip",href:"#contenu",children:"Aller au contenu"}),n("header",{class:"top",children:[n("div",{class:"brand",children:[n("img",{src:"/console/assets/vigie.svg",alt:"",width:"28",height:"28"}),n("span",{children:"Vigie"}),n("span",{class:"muted",children:ze(e)})]}),n("div",{class:"who",children:[n("span",{children:[e.displayName," — ",ee[e.role]]}),n("button",{type:"button",onClick:()=>void Ne(),children:"Se déconnecter"}),n("button",{type:"button",onClick:()=>void Ne(!0),children:"Se déconnecter partout"})]})]}),n("main",{id:"contenu",tabIndex:-1,children:[n("h1",{children:ze(e)}),n("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),e.role==="BRIGADE_STAFF"&&e.brigade&&n(Cn,{me:e}),e.role==="COORDINATOR"&&n(wn,{me:e}),e.role==="ADMIN"&&n(Sn,{me:e})]})]})}function ze(e){return e.role==="BRIGADE_STAFF"?`Console de brigade — ${e.brigade?.name??""}`:e.role==="COORDINATOR"?`Console communale — ${e.coordinatedCommunes.map(t=>t.name).join(", ")}`:"Administration"}function tr({refused:e,onSignedIn:t}){let[o,r]=f(""),[s,i]=f(""),[a,c]=f(null),[d,l]=f(!1);return n("main",{class:"sign-in",id:"contenu",children:[n("img",{src:"/console/assets/vigie.svg",alt:"",width:"56",height:"56"}),n("h1",{children:"Vigie — consoles de la participation citoyenne"}),n("p",{children:"Brigades, coordinateurs communaux et préfecture : connectez-vous avec votre compte Vigie."}),e&&n(T,{kind:"error",children:e}),n("form",{onSubmit:async y=>{y.preventDefault(),l(!0),c(null);try{t(await gn(o.trim(),s))}catch(u){c(M(u))}finally{l(!1)}},"aria-label":"Connexion",children:[n("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),n(q,{label:"Adresse électronique",type:"email",autocomplete:"username",value:o,onInput:r,required:!0}),n(q,{label:"Mot de passe",type:"password",autocomplete:"current-password",value:s,onInput:i,required:!0}),a&&n(T,{kind:"error",children:a}),n("button",{type:"submit",class:"primary",disabled:d,children:"Se connecter"})]})]})}var Mn=document.getElementById("app");Mn&&bt(n(er,{}),Mn);})();
